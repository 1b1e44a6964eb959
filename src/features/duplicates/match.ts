import type { User } from '../../api/index.ts';
import { normalizeEmail } from './email.ts';
import { emailRules } from './emailRules.ts';
import type { RequesterKeys } from './keys.ts';
import { foldName } from './name.ts';
import { formatPhone, normalizePhone } from './phone.ts';
import { rankDuplicates } from './rank.ts';
import type { Duplicate, Reason } from './rank.ts';
import { NOTHING_WRITTEN } from './written.ts';
import type { WrittenContacts } from './written.ts';

/**
 * Why `user` is likely the requester, by the rules; empty when they only look alike. Each
 * reason quotes both values as written, with what it took to read them as one. `written` holds
 * what the requester wrote in the conversation (their own values already left out): a user
 * whose email or phone is one of those is listed for it.
 */
export function reasonsFor(keys: RequesterKeys, user: User, written: WrittenContacts = NOTHING_WRITTEN): Reason[] {
  const reasons: Reason[] = [];
  const email = user.email === null ? null : normalizeEmail(user.email);
  const requesterEmail = email === null ? undefined : keys.writtenEmails.get(email);
  if (user.email !== null && requesterEmail !== undefined) {
    reasons.push({ kind: 'email', theirs: user.email, requesters: requesterEmail, rules: emailRules(user.email, requesterEmail) });
  }
  const phone = user.phone === null ? null : normalizePhone(user.phone, keys.countryCode);
  const requesterPhone = phone === null ? undefined : keys.writtenPhones.get(phone.e164);
  if (user.phone !== null && phone !== null && requesterPhone !== undefined) {
    reasons.push({
      kind: 'phone', theirs: user.phone, requesters: requesterPhone, international: formatPhone(phone.e164), assumedCountryCode: phone.assumedCountryCode,
    });
  }
  const wroteEmail = email === null ? undefined : written.emails.get(email);
  if (user.email !== null && wroteEmail !== undefined && requesterEmail === undefined) {
    reasons.push({ kind: 'wrote-email', theirs: user.email, written: wroteEmail, rules: emailRules(user.email, wroteEmail) });
  }
  const wrotePhone = phone === null ? undefined : written.phones.get(phone.e164);
  if (user.phone !== null && phone !== null && wrotePhone !== undefined && requesterPhone === undefined) {
    reasons.push({
      kind: 'wrote-phone', theirs: user.phone, written: wrotePhone, international: formatPhone(phone.e164), assumedCountryCode: phone.assumedCountryCode,
    });
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
export function findDuplicates(keys: RequesterKeys, found: readonly User[], written: WrittenContacts = NOTHING_WRITTEN): Duplicate[] {
  const seen = new Map<number, Duplicate>();
  for (const user of found) {
    if (user.id === keys.id || seen.has(user.id)) continue;
    const reasons = reasonsFor(keys, user, written);
    if (reasons.length > 0) seen.set(user.id, { user, reasons });
  }
  return rankDuplicates([...seen.values()]);
}
