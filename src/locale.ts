import en from './i18n/en.json';
import { localeChain, setLocale } from './i18n/index.ts';

/** Picks the agent's language, falling back along pt-BR → pt → en. */
export function applyLocale(requested: string): void {
  const available: Record<string, typeof en> = { en };
  for (const candidate of localeChain(requested)) {
    const table = available[candidate];
    if (table) {
      setLocale(candidate, table);
      document.documentElement.lang = candidate;
      return;
    }
  }
}
