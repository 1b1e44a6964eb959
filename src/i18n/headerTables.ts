import type { Messages } from './index.ts';

// Every language's header strings, bundled whole into start-up (inline in the page), so that the
// header paints in the agent's language without waiting for a download, whichever it is. Only
// what the painted header says.
const files = import.meta.glob<Messages>('./locales/*/header.json', { eager: true, import: 'default' });

/** locales/<tag>/header.json by locale tag: `{ en: { "role.agent": "Agent", ... }, de: {...}, ... }`. */
export const HEADER_TABLES: Readonly<Record<string, Messages>> = Object.fromEntries(
  Object.entries(files).map(([path, table]) => [path.split('/')[2] ?? '', table]),
);
