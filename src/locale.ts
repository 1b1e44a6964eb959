import { setLocale, supportedLocale } from './i18n/index.ts';

/** Picks the agent's language, falling back along pt-BR → pt → en, and its right-to-left direction. */
export async function applyLocale(requested: string): Promise<void> {
  const tag = supportedLocale(requested);
  await setLocale(tag).catch(() => setLocale('en'));
  document.documentElement.lang = tag;
}
