import type { User } from '../../api/index.ts';
import { normalizeEmail } from './email.ts';
import type { RequesterKeys } from './keys.ts';
import { foldName } from './name.ts';
import { normalizePhone } from './phone.ts';
import { rankDuplicates } from './rank.ts';
import type { Duplicate, Reason } from './rank.ts';

/** Why `user` is likely the requester, by the rules; empty when they only look alike. */
export function reasonsFor(keys: RequesterKeys, user: User): Reason[] {
  const reasons: Reason[] = [];
  const email = user.email === null ? null : normalizeEmail(user.email);
  if (email !== null && keys.normalizedEmails.has(email)) reasons.push({ kind: 'email', value: email });
  const phone = user.phone === null ? null : normalizePhone(user.phone, keys.countryCode);
  if (phone !== null && keys.phones.includes(phone.e164)) {
    reasons.push({ kind: 'phone', value: phone.e164, assumedCountryCode: phone.assumedCountryCode });
  }
  if (keys.foldedName !== '' && foldName(user.name) === keys.foldedName) reasons.push({ kind: 'name' });
  return reasons;
}

/**
 * The users the searches found that share a normalized email, phone or name with the
 * requester, ranked. Search answers are broad (a prefix, a word of the name): everyone else
 * they found is left out, the requester too. Search results carry the user's primary email and
 * phone only, so those are what a candidate is compared by.
 */
export function findDuplicates(keys: RequesterKeys, found: readonly User[]): Duplicate[] {
  const seen = new Map<number, Duplicate>();
  for (const user of found) {
    if (user.id === keys.id || seen.has(user.id)) continue;
    const reasons = reasonsFor(keys, user);
    if (reasons.length > 0) seen.set(user.id, { user, reasons });
  }
  return rankDuplicates([...seen.values()]);
}
