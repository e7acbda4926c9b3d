// Writes the two stylesheets Lotse serves, each holding only the KERN-UX rules its pages use:
// kern.portal.css for the public portal (and the login), kern.intern.css for the back office.
// The public result page must stay under 100 KB of HTML+CSS+JS; the full KERN-UX file alone is 340 KB.
import { PurgeCSS } from 'purgecss';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { declaredProperties, dropPrefixedMasks, dropSelectors, resolveFallbacks } from './slim.mjs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const app = path.resolve(here, '../../src/Lotse');
const out = path.join(app, 'wwwroot/vendor/kern-ux');
const source = path.join(here, 'kern.min.css');

// The KIZ workbench (Network … Overview) and the report partials (Features/Shared/Reports) are back-office pages.
const bundles = {
  'kern.portal.css': ['Features/Portal', 'Features/Shared/*', 'Features/Accounts', 'Features/OpenData'],
  'kern.intern.css': ['Features/Editorial', 'Features/Network', 'Features/Inventory', 'Features/Planning', 'Features/Finance',
    'Features/Overview', 'Features/Shared/Reports'],
};

const purged = {};
for (const [file, folders] of Object.entries(bundles)) {
  // "Folder/*" means the folder's own files, not its sub-folders.
  const content = folders.flatMap(f => f.endsWith('/*')
    ? [`${app}/${f}.cshtml`, `${app}/${f}.cs`]
    : [`${app}/${f}/**/*.cshtml`, `${app}/${f}/**/*.cs`]);
  if (file === 'kern.portal.css') content.push(`${app}/wwwroot/js/lotse.js`);
  else content.push(`${app}/wwwroot/js/netzwerk.js`);
  const [result] = await new PurgeCSS().purge({
    content,
    css: [source],
    // Class names also appear inside C# strings and Razor expressions: any word may be a class.
    defaultExtractor: text => text.match(/[A-Za-z0-9_-]+/g) || [],
    safelist: { standard: ['html', 'body'] },
    variables: true,
    keyframes: true,
    fontFace: false,
  });
  purged[file] = result.css;
}

// Back-office pages load both files and lotse.css, so a property declared in any of them counts for all.
const declared = declaredProperties(
  Object.values(purged).join('\n') + await readFile(path.join(app, 'wwwroot/css/lotse.css'), 'utf8'));

for (const [file, folders] of Object.entries(bundles)) {
  let css = dropPrefixedMasks(resolveFallbacks(purged[file], declared));
  if (!(await usesFileInputs(folders))) css = dropSelectors(css, /type=file|file-selector-button/);
  const banner = `/* KERN-UX 2.7.2 (EUPL-1.2, see LICENSE.md), reduced to the rules Lotse uses by tools/kern-css. */\n`;
  await writeFile(path.join(out, file), banner + css);
  console.log(`${file}: ${(css.length / 1024).toFixed(1)} KB`);
}

async function usesFileInputs(folders) {
  for (const entry of folders) {
    const own = entry.endsWith('/*');
    const folder = own ? entry.slice(0, -2) : entry;
    for (const file of await readdir(path.join(app, folder), { recursive: !own }))
      if (file.endsWith('.cshtml') && (await readFile(path.join(app, folder, file), 'utf8')).includes('type="file"')) return true;
  }
  return false;
}
