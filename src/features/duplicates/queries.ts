import { emailSearch } from './email.ts';
import { nameSearch } from './name.ts';
import type { RequesterKeys } from './keys.ts';

/** Searches per requester: one for each rule, so looking never costs the account more. */
export const MAX_SEARCHES = 3;

/**
 * The user searches that can find the requester's duplicates, at most MAX_SEARCHES. Zendesk
 * requires every term of a query, so the rules cannot share one query: the primary email's
 * shared start (one prefix covers its Gmail dots and +tags), the primary phone's digits (Zendesk
 * matches phones on digits, so punctuation does not matter) and one word of the name. A rule
 * with nothing to search leaves its place to the next email or phone. What the searches return
 * is then checked against all of the requester's emails and phones.
 */
export function duplicateQueries(keys: RequesterKeys, name: string): string[] {
  const emails = keys.emails.map(emailSearch).filter((query) => query !== null);
  const phones = keys.phones.map((e164) => `phone:${e164.replace(/\D/g, '')}`);
  const first = [emails[0], phones[0], nameSearch(name) ?? undefined].filter((query) => query !== undefined);
  const rest: string[] = [];
  for (let index = 1; index < Math.max(emails.length, phones.length); index++) {
    const email = emails[index];
    const phone = phones[index];
    if (email !== undefined) rest.push(email);
    if (phone !== undefined) rest.push(phone);
  }
  return [...new Set([...first, ...rest])].slice(0, MAX_SEARCHES);
}
