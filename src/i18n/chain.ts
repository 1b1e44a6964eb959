// Zendesk's Portuguese is Brazilian, which European readers follow better than English;
// iw is Hebrew's older code, still sent by some systems.
const ALIASES: Readonly<Record<string, string>> = { pt: 'pt-BR', iw: 'he' };

// Scripts written right to left; only Hebrew has strings today, the rest would fall back to
// English, but the list costs nothing and keeps a future Arabic or Persian from looking broken.
const RIGHT_TO_LEFT = /^(ar|fa|he|ur|yi)(-|$)/;

/** Locale tags to try, most specific first: pt-BR → pt → en. */
export function localeChain(requested: string): string[] {
  const [language = 'en', region] = requested.replace('_', '-').split('-');
  const base = language.toLowerCase();
  return [...new Set([region ? `${base}-${region.toUpperCase()}` : base, base, 'en'])];
}

/**
 * The first locale of `requested`'s chain that `has` strings for ("de-AT" → "de", "pt" → "pt-BR",
 * anything unknown → "en"). Pure, so that start-up's inline script and the view pick alike.
 */
export function pickLocale(requested: string, has: (tag: string) => boolean): string {
  for (const tag of localeChain(requested)) {
    const own = ALIASES[tag] ?? tag;
    if (own === 'en' || has(own)) return own;
  }
  return 'en';
}

/** Sets the page's language and direction, so the whole layout mirrors for right-to-left readers. */
export function speakOnPage(tag: string): void {
  const root = document.documentElement;
  root.lang = tag;
  root.dir = RIGHT_TO_LEFT.test(tag) ? 'rtl' : 'ltr';
}
