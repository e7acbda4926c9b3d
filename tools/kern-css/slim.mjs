// Second pass after PurgeCSS, on text PurgeCSS cannot judge by class names alone.

/** Drops `var(--x, fallback)` fallbacks where --x is declared in the same stylesheet, so it never applies. */
export function dropDeadFallbacks(css) {
  const declared = new Set([...css.matchAll(/(--[A-Za-z0-9_-]+)\s*:/g)].map(m => m[1]));
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('var(', i);
    if (at < 0) { out += css.slice(i); break; }
    out += css.slice(i, at);
    const name = /^var\((--[A-Za-z0-9_-]+)\s*,/.exec(css.slice(at, at + 200));
    if (!name || !declared.has(name[1])) { out += 'var('; i = at + 4; continue; }
    // Skip to the parenthesis that closes this var(, across nested calc()/var() in the fallback.
    let depth = 0, j = at + 3;
    for (; j < css.length; j++) {
      if (css[j] === '(') depth++;
      else if (css[j] === ')' && --depth === 0) break;
    }
    out += `var(${name[1]})`;
    i = j + 1;
  }
  return out;
}

/** Removes selectors for an element type no page of the bundle has (e.g. file inputs), and rules left empty. */
export function dropSelectors(css, pattern) {
  return css.replace(/([^{}@;]+)\{([^{}]*)\}/g, (rule, selectors, body) => {
    const kept = selectors.split(',').filter(s => !pattern.test(s));
    if (kept.length === 0) return '';
    return kept.length === selectors.split(',').length ? rule : `${kept.join(',')}{${body}}`;
  }).replace(/@media[^{]+\{\}/g, '');
}
