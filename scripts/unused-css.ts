import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Selectors that match whatever the app renders, so they always stay.
const ALWAYS = new Set(['html', 'body', '*', ':root']);

/** Every HTML element name written in the app's components (`<button`, `<dialog` …). */
export function elementsUsedIn(sourceDir: string): Set<string> {
  const used = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/<([a-z][a-z0-9]*)[\s>/]/g)) used.add(match[1] ?? '');
      }
    }
  };
  visit(sourceDir);
  return used;
}

function selectorIsUsed(selector: string, used: ReadonlySet<string>): boolean {
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
