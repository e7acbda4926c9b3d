// Bundles zxcvbn-ts (estimator, common and German dictionaries) into one script that Lotse serves from
// src/Lotse/wwwroot/vendor/zxcvbn-ts/, and copies the licences of everything the bundle holds beside it.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../src/Lotse/wwwroot/vendor/zxcvbn-ts');
const modules = path.join(here, 'node_modules');
const version = async name => JSON.parse(await readFile(path.join(modules, name, 'package.json'), 'utf8')).version;

// Every package whose code ends up in the bundle, with its licence file.
const licences = {
  '@zxcvbn-ts/core': 'LICENSE.txt',
  '@zxcvbn-ts/language-common': 'LICENSE.txt',
  '@zxcvbn-ts/language-de': 'LICENSE.txt',
  '@zxcvbn-ts/dictionary-compression': 'LICENSE',
  'fastest-levenshtein': 'LICENSE.md',
};

const names = [];
for (const name of Object.keys(licences))
  names.push(`${name} ${await version(name)}`);

await mkdir(out, { recursive: true });
await build({
  entryPoints: [path.join(here, 'entry.mjs')],
  outfile: path.join(out, 'zxcvbn-ts.de.min.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2019',
  charset: 'utf8',
  legalComments: 'none',
  banner: { js: `/* ${names.join(', ')} (MIT, see LICENSE-*.txt in this folder), bundled by tools/zxcvbn-ts. */` },
  logLevel: 'info',
});

for (const [name, file] of Object.entries(licences))
  await copyFile(path.join(modules, name, file), path.join(out, `LICENSE-${name.replace('@zxcvbn-ts/', 'zxcvbn-ts-')}.txt`));
