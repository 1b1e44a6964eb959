import { emailSearch } from './email.ts';
import { nameSearch } from './name.ts';
import type { RequesterKeys } from './keys.ts';
import { NOTHING_WRITTEN } from './written.ts';
import type { WrittenContacts } from './written.ts';

/**
 * Searches per requester each time the agent asks: one for each rule, so looking never costs
 * the account more. What the requester wrote in the conversation shares this budget; it does
 * not add to it.
 */
export const MAX_SEARCHES = 3;

const phoneSearch = (e164: string) => `phone:${e164.replace(/\D/g, '')}`;

/**
 * The user searches that can find the requester's duplicates, at most MAX_SEARCHES. Zendesk
 * requires every term of a query, so the rules cannot share one query: the primary email's
 * shared start (one prefix covers its Gmail dots and +tags), the primary phone's digits (Zendesk
 * matches phones on digits, so punctuation does not matter) and one word of the name. What the
 * requester wrote in the conversation (`written`, their own values left out) comes after their
 * primary email and phone and before the name: an address they typed says more than a word of
 * a name, and for a requester with no email and no phone (a messaging visitor) it comes first.
 * A rule with nothing to search leaves its place to the next email or phone. What the searches
 * return is then checked against all of the requester's emails and phones and all they wrote.
 */
export function duplicateQueries(keys: RequesterKeys, name: string, written: WrittenContacts = NOTHING_WRITTEN): string[] {
  const emails = keys.emails.map(emailSearch).filter((query) => query !== null);
  const phones = keys.phones.map(phoneSearch);
  const wrote = [
    ...[...written.emails.values()].map(emailSearch).filter((query) => query !== null),
    ...[...written.phones.keys()].map(phoneSearch),
  ];
  const first = [emails[0], phones[0], ...wrote, nameSearch(name) ?? undefined].filter((query) => query !== undefined);
  const rest: string[] = [];
  for (let index = 1; index < Math.max(emails.length, phones.length); index++) {
    const email = emails[index];
    const phone = phones[index];
    if (email !== undefined) rest.push(email);
    if (phone !== undefined) rest.push(phone);
  }
  return [...new Set([...first, ...rest])].slice(0, MAX_SEARCHES);
}
