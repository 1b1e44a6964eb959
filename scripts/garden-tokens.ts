import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { dropUnusedElementRules, elementsUsedIn } from './unused-css.ts';

export type Tokens = ReadonlyMap<string, string>;

/** Garden's design tokens (`--zd-*` custom properties) from @zendeskgarden/css-variables. */
export function readGardenTokens(): Tokens {
  const path = createRequire(import.meta.url).resolve('@zendeskgarden/css-variables/dist/index.css');
  return parseTokens(readFileSync(path, 'utf8'));
}

export function parseTokens(css: string): Tokens {
  const tokens = new Map<string, string>();
  for (const match of css.matchAll(/(--zd-[\w-]+)\s*:\s*([^;]+);/g)) {
    const [, name, value] = match;
    if (name && value) tokens.set(name, value.trim());
  }
  return tokens;
}

/**
 * Writes each `var(--zd-…)` as its value. The tokens are constants, so shipping Garden's
 * 255 custom properties to use 40 of them would only cost the sidebar bytes.
 */
export function inlineTokens(css: string, tokens: Tokens): string {
  return css.replace(/var\(\s*(--zd-[\w-]+)\s*(?:,[^)]*)?\)/g, (_, name: string) => {
    const value = tokens.get(name);
    if (value === undefined) throw new Error(`Unknown Garden token ${name}`);
    return value;
  });
}

export function gardenTokens(): Plugin {
  const tokens = readGardenTokens();
  return {
    name: 'requester-toolkit:garden-tokens',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.css(\?|$)/.test(id) || id.includes('node_modules')) return null;
      return { code: inlineTokens(code, tokens), map: null };
    },
    generateBundle(_, bundle) {
      const used = elementsUsedIn('src');
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.css') && typeof file.source === 'string') {
          // Garden's license notice stays in the stylesheet, pointing at the same page over https.
          const notice = file.source.replaceAll('http://www.apache.org/', 'https://www.apache.org/');
          file.source = dropUnusedElementRules(notice, used);
        }
      }
    },
  };
}
