import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Selectors that match whatever the app renders, so they always stay.
const ALWAYS = new Set(['html', 'body', '*', ':root']);

// Browser pseudo-elements a reset styles, and the input type that has them.
const TYPE_PSEUDO: Readonly<Record<string, string>> = {
  '::-webkit-inner-spin-button': 'number',
  '::-webkit-outer-spin-button': 'number',
  '::-webkit-search-decoration': 'search',
  '::-webkit-file-upload-button': 'file',
};

/**
 * Every HTML element name written in the app's components (`<button`, `<dialog` …), and every
 * input type as `type=<name>` (`type="checkbox"`).
 */
export function elementsUsedIn(sourceDir: string): Set<string> {
  const used = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx')) {
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(/<([a-z][a-z0-9]*)[\s>/]/g)) used.add(match[1] ?? '');
        for (const match of source.matchAll(/\btype="([a-z]+)"/g)) used.add(`type=${match[1] ?? ''}`);
      }
    }
  };
  visit(sourceDir);
  return used;
}

function selectorIsUsed(selector: string, used: ReadonlySet<string>): boolean {
  // An input type, as an attribute selector or through its pseudo-elements, that nothing renders.
  for (const match of selector.matchAll(/\[type=["']?([a-z]+)["']?\]/g)) {
    if (!used.has(`type=${match[1] ?? ''}`) && !['button', 'reset', 'submit'].includes(match[1] ?? '')) return false;
  }
  for (const [pseudo, type] of Object.entries(TYPE_PSEUDO)) {
    if (selector.includes(pseudo) && !used.has(`type=${type}`)) return false;
  }
  // Element names in the selector: words at the start or after a combinator, before any . # [ :
  const elements = selector.match(/(?:^|[\s>+~(])([a-z][a-z0-9]*)(?=$|[\s>+~.#[:,)])/g) ?? [];
  return elements.every((raw) => {
    const name = raw.replace(/^[\s>+~(]/, '');
    return ALWAYS.has(name) || used.has(name);
  });
}

/**
 * Drops, from minified CSS, the selectors for elements the app never renders (a reset styles
 * <sub>, <kbd>, <progress> …), and the rules left with none. At-rules are kept whole.
 */
export function dropUnusedElementRules(input: string, used: ReadonlySet<string>): string {
  // Comments (the license notice) are kept, at the top, out of the selectors' way.
  const comments = input.match(/\/\*[\s\S]*?\*\//g) ?? [];
  const css = input.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = comments.join('\n') + (comments.length > 0 ? '\n' : '');
  let index = 0;
  while (index < css.length) {
    const open = css.indexOf('{', index);
    if (open < 0) return out + css.slice(index);
    const prelude = css.slice(index, open);
    if (prelude.trimStart().startsWith('@')) {
      // Copy the at-rule with its nested block.
      let depth = 0;
      let end = open;
      for (; end < css.length; end++) {
        if (css[end] === '{') depth++;
        else if (css[end] === '}' && --depth === 0) break;
      }
      out += css.slice(index, end + 1);
      index = end + 1;
      continue;
    }
    const close = css.indexOf('}', open);
    const body = css.slice(open, close + 1);
    const kept = prelude.split(',').filter((selector) => selectorIsUsed(selector.trim(), used));
    if (kept.length > 0) out += kept.join(',') + body;
    index = close + 1;
  }
  return out;
}
