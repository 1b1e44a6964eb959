/** Fewer characters than this find too many people to be useful, so no request is sent. */
export const MIN_SEARCH_LENGTH = 2;

const COMPLETE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PARTIAL_EMAIL = /^[^\s@]+@[^\s@]*$/;
const PHONE = /^\+?[\d\s().-]+$/;
const MIN_PHONE_DIGITS = 3;

/**
 * Turns what the agent typed into Zendesk search syntax, or null when there is too little to
 * search. An email goes to `email:` (a partial one with a trailing wildcard, since Zendesk
 * matches whole values); a phone goes to `phone:` as digits, because agents type numbers in
 * every format; anything else stays plain terms, which Zendesk matches against names and
 * identities alike. Quotes are dropped and words that Zendesk would read as syntax (`field:`,
 * a leading `-` for "not") are quoted, so a name never turns into a filter.
 */
export function buildSearchQuery(input: string): string | null {
  const term = input.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim();
  if (Array.from(term).length < MIN_SEARCH_LENGTH) return null;
  if (COMPLETE_EMAIL.test(term)) return `email:${term}`;
  if (PARTIAL_EMAIL.test(term)) return `email:${term}*`;
  const digits = term.replace(/\D/g, '');
  if (PHONE.test(term) && digits.length >= MIN_PHONE_DIGITS) return `phone:${digits}`;
  return term
    .split(' ')
    .map((word) => (word.includes(':') || word.startsWith('-') ? `"${word}"` : word))
    .join(' ');
}
