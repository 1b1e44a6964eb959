import { speakOnPage } from './i18n/chain.ts';
import { setLocale, supportedLocale } from './i18n/index.ts';

/**
 * Picks the agent's language (pt-BR → pt → en, pt alone meaning pt-BR) and sets the page's
 * language and direction, so the whole layout mirrors for right-to-left readers.
 */
export async function applyLocale(requested: string): Promise<void> {
  let tag = supportedLocale(requested);
  await setLocale(tag).catch(() => setLocale((tag = 'en')));
  speakOnPage(tag);
}
