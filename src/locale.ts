import { speakOnPage } from './i18n/chain.ts';
import { setLocale, supportedLocale } from './i18n/index.ts';
import type { Messages } from './i18n/index.ts';

/**
 * Picks the agent's language (pt-BR → pt → en, pt alone meaning pt-BR) and sets the page's
 * language and direction, so the whole layout mirrors for right-to-left readers. `headers` is
 * every language's header strings by tag (i18n/headerTables.ts): start-up's, handed over, as the
 * languages' chunks do not carry them a second time.
 */
export async function applyLocale(requested: string, headers: Readonly<Record<string, Messages>>): Promise<void> {
  let tag = supportedLocale(requested);
  await setLocale(tag, undefined, headers[tag]).catch(() => setLocale((tag = 'en')));
  speakOnPage(tag);
}
