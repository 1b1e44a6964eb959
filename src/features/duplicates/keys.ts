import type { UserProfile } from '../../api/index.ts';
import { normalizeEmail } from './email.ts';
import { foldName } from './name.ts';
import { DEFAULT_COUNTRY_CODE, countryCallingCode, normalizePhone } from './phone.ts';

/** Identity types whose value is an email address (Google and Microsoft sign-ins are). */
const EMAIL_TYPES: ReadonlySet<string> = new Set(['email', 'google', 'microsoft']);

/** What the requester is known by, in the forms duplicates are compared in. */
export interface RequesterKeys {
  id: number;
  /** As written, the primary one first: the searches start from these. */
  emails: string[];
  normalizedEmails: ReadonlySet<string>;
  /** Each normalized address, as the requester wrote it (the primary spelling when several fold together). */
  writtenEmails: ReadonlyMap<string, string>;
  /** E.164, the primary one first. */
  phones: string[];
  /** Each E.164 number, as the requester wrote it. */
  writtenPhones: ReadonlyMap<string, string>;
  foldedName: string;
  /** Given to numbers written without one, the requester's own and the candidates'. */
  countryCode: string;
}

const unique = <T,>(values: readonly T[]): T[] => [...new Set(values)];

/** Each key with the first value written that has it. */
function firstWritten(values: readonly string[], key: (value: string) => string | null): Map<string, string> {
  const written = new Map<string, string>();
  for (const value of values) {
    const normalized = key(value);
    if (normalized !== null && !written.has(normalized)) written.set(normalized, value);
  }
  return written;
}

/**
 * The requester's emails, phones and name, normalized. A number written without a country
 * code is read with the requester's own country code (that of their first international
 * number), or +1 when they have none: a national number is most likely from their country.
 */
export function requesterKeys({ user, identities }: UserProfile): RequesterKeys {
  const ordered = [...identities].sort((a, b) => Number(b.primary) - Number(a.primary));
  const emails = unique([user.email, ...ordered.filter((i) => EMAIL_TYPES.has(i.type)).map((i) => i.value)].filter((v) => v !== null));
  const phoneIdentities = ordered.filter((i) => i.type === 'phone_number').map((i) => i.value);
  // Zendesk can keep a removed phone identity's number in `user.phone` (User Identities, "Delete
  // Identity"): a number Zendesk says is not shared (`shared_phone_number: false`) counts only
  // while a phone identity still has it.
  const digits = (value: string) => value.replace(/\D/g, '');
  const phoneField = user.phone !== null && (user.phoneIsShared !== false || phoneIdentities.some((v) => digits(v) === digits(user.phone ?? '')))
    ? user.phone
    : null;
  const rawPhones = [phoneField, ...phoneIdentities].filter((v) => v !== null);
  const international = rawPhones.map((raw) => normalizePhone(raw)).find((phone) => phone !== null && phone.assumedCountryCode === null);
  const countryCode = (international && countryCallingCode(international.e164)) || DEFAULT_COUNTRY_CODE;
  const writtenEmails = firstWritten(emails, normalizeEmail);
  const writtenPhones = firstWritten(rawPhones, (raw) => normalizePhone(raw, countryCode)?.e164 ?? null);
  return {
    id: user.id,
    emails,
    normalizedEmails: new Set(writtenEmails.keys()),
    writtenEmails,
    phones: [...writtenPhones.keys()],
    writtenPhones,
    foldedName: foldName(user.name),
    countryCode,
  };
}
