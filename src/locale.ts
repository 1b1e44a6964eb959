import { setLocale, supportedLocale } from './i18n/index.ts';

// Scripts written right to left; only Hebrew has strings today, the rest would fall back to
// English, but the list costs nothing and keeps a future Arabic or Persian from looking broken.
const RIGHT_TO_LEFT = /^(ar|fa|he|ur|yi)(-|$)/;

/**
 * Picks the agent's language (pt-BR → pt → en, pt alone meaning pt-BR) and sets the page's
 * language and direction, so the whole layout mirrors for right-to-left readers.
 */
export async function applyLocale(requested: string): Promise<void> {
  let tag = supportedLocale(requested);
  await setLocale(tag).catch(() => setLocale((tag = 'en')));
  const root = document.documentElement;
  root.lang = tag;
  root.dir = RIGHT_TO_LEFT.test(tag) ? 'rtl' : 'ltr';
}
