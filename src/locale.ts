import en from './i18n/en.json';
import { localeChain, setLocale } from './i18n/index.ts';
import type { HostClient } from './host/types.ts';

/** Picks the agent's language from the host, falling back along pt-BR → pt → en. */
export async function applyAgentLocale(host: HostClient): Promise<void> {
  const requested = await host.get('currentUser.locale').catch(() => 'en');
  const tag = typeof requested === 'string' && requested !== '' ? requested : 'en';
  const available: Record<string, typeof en> = { en };
  for (const candidate of localeChain(tag)) {
    const table = available[candidate];
    if (table) {
      setLocale(candidate, table);
      document.documentElement.lang = candidate;
      return;
    }
  }
}
