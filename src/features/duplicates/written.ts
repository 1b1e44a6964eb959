import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import type { HostMessage } from './conversation.ts';
import type { RequesterKeys } from './keys.ts';
import { normalizeEmail } from './email.ts';
import { messageText } from './messageText.ts';
import { normalizePhone } from './phone.ts';

/** The email addresses and phone numbers someone wrote, each under its normalized form, as first written. */
export interface WrittenContacts {
  /** Normalized address → the address as written. */
  emails: ReadonlyMap<string, string>;
  /** E.164 → the number as written. */
  phones: ReadonlyMap<string, string>;
}

// An address as people type one in running text: a local part of letters, digits and . _ % + ' -,
// and a domain of labels (letters in any script, for internationalized domains).
const EMAIL = /[\p{L}\p{N}._%+'-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}[\p{L}\p{N}-]*\p{L}/gu;

// Dates and times are digit groups too: 2024-05-01, 01.05.2024, 1/5/24.
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;

/**
 * Whether a span libphonenumber found is written as people write phone numbers: with a country
 * code (`+`, `00`), or grouped (spaces, dashes, dots, slashes, parentheses), or a national
 * number with its trunk prefix 0. A bare run of digits ("order 12345678") and a date are not.
 */
function looksLikePhone(span: string): boolean {
  span = span.normalize('NFKC');
  if (DATE.test(span.trim())) return false;
  const digits = span.replace(/\D/g, '');
  if (span.trim().startsWith('+') || digits.startsWith('00')) return true;
  return /[\s().\-/]/.test(span.trim()) || digits.startsWith('0');
}

function addEmails(text: string, into: Map<string, string>): void {
  for (const match of text.matchAll(EMAIL)) {
    // A sentence may end right after the address.
    const written = match[0].replace(/^[.'-]+|[.'-]+$/g, '');
    const normalized = normalizeEmail(written);
    if (normalized !== null && !into.has(normalized)) into.set(normalized, written);
  }
}

function addPhones(text: string, countryCode: string, into: Map<string, string>): void {
  // libphonenumber-js (Google's rules) finds where a number is written (`extended`: every number
  // of a possible length, not only those its "min" data can validate); the span is then read
  // by the same rules as every other number (normalizePhone): 00, "(0)", extensions, the
  // requester's country code for a number written without one.
  for (const found of findPhoneNumbersInText(text, { defaultCallingCode: countryCode, extended: true })) {
    // libphonenumber may leave a country code written as 00 outside the span it found
    // ("0049 (0)30 …" read with another country): it belongs to the number.
    const code = /(?:\+|\b00)\d{1,3}[\s.-]*$/.exec(text.slice(0, found.startsAt))?.[0] ?? '';
    const written = text.slice(found.startsAt - code.length, found.endsAt).trim();
    if (!looksLikePhone(written)) continue;
    // Full-width digits and dashes, as Japanese text often has them (０９０－１２３４), read as ASCII.
    const phone = normalizePhone(written.normalize('NFKC'), countryCode);
    if (phone !== null && !into.has(phone.e164)) into.set(phone.e164, written);
  }
}

/**
 * The email addresses and phone numbers written in these messages, in the order written,
 * normalized by the duplicate rules (email.ts, phone.ts); a number without a country code is
 * read with `countryCode`. Addresses and numbers in links (`mailto:`, `tel:`) count as well
 * as those in the text. Spelled-out forms ("anna at example dot com") are not read: they are
 * rare where people type to a support agent, and reading them would take ordinary words for
 * addresses.
 */
export function writtenContacts(messages: readonly HostMessage[], countryCode: string): WrittenContacts {
  const emails = new Map<string, string>();
  const phones = new Map<string, string>();
  for (const message of messages) {
    const { text, links } = messageText(message);
    addEmails(text, emails);
    // Digits inside an address or a web link are not a phone number.
    addPhones(text.replace(EMAIL, ' ').replace(/\bhttps?:\/\/\S+/gi, ' '), countryCode, phones);
    for (const link of links) {
      addEmails(link, emails);
      addPhones(link, countryCode, phones);
    }
  }
  return { emails, phones };
}

/** Nothing written: a requester outside a ticket, or a conversation the host did not give. */
export const NOTHING_WRITTEN: WrittenContacts = { emails: new Map(), phones: new Map() };

/** What was written, less the requester's own addresses and numbers: those are no sign of another account. */
export function notTheRequesters(written: WrittenContacts, keys: RequesterKeys): WrittenContacts {
  return {
    emails: new Map([...written.emails].filter(([normalized]) => !keys.normalizedEmails.has(normalized))),
    phones: new Map([...written.phones].filter(([e164]) => !keys.writtenPhones.has(e164))),
  };
}
