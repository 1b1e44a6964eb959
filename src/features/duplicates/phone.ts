import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { CountryCallingCode } from 'libphonenumber-js/min';

// libphonenumber-js: Google's libphonenumber rules with the "min" metadata (each country's
// calling code, trunk prefix, possible lengths and formats). Checking that a number is
// possible and formatting it need no more.

/**
 * Numbers written without a country code are read with this one unless the caller knows
 * better (normally the requester's own): Zendesk's phone identities are North American in
 * format when no other country is given.
 */
export const DEFAULT_COUNTRY_CODE = '1';

export interface NormalizedPhone {
  /** "+15550142233" */
  e164: string;
  /** The country code that was added because the number had none, or null. */
  assumedCountryCode: string | null;
}

// "x123", "ext. 45", "extension 7", "#12", ";ext=3" (RFC 3966) at the end of the number.
const EXTENSION = /\s*(?:;\s*ext=|extension|ext\.?|x|#)\s*\d+\s*$/i;
const PUNCTUATION_ONLY = /^\+?[\d\s().\-/]+$/;

/**
 * A phone number in E.164, whatever its punctuation: spaces, dots, dashes, slashes and
 * parentheses are dropped, an extension is cut off, `00` is read as the international prefix,
 * the "(0)" some countries write after their code is left out, and a national number is read
 * with `defaultCountryCode` (its trunk prefix dropped by that country's rule: the 0 of most
 * countries, the 1 of North America). Null when the text holds letters, or when the number
 * cannot be one of its country's (too short, too long, no such country code).
 */
export function normalizePhone(input: string, defaultCountryCode: string = DEFAULT_COUNTRY_CODE): NormalizedPhone | null {
  const text = input.trim().replace(/^tel:/i, '').replace(EXTENSION, '').replace(/\(0\)/g, '').trim();
  if (!PUNCTUATION_ONLY.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  const international = text.startsWith('+') || digits.startsWith('00');
  const parsed = international
    ? parsePhoneNumberFromString(`+${text.startsWith('+') ? digits : digits.slice(2)}`)
    : parsePhoneNumberFromString(digits, { defaultCallingCode: defaultCountryCode });
  if (!parsed?.isPossible()) return null;
  return { e164: parsed.number, assumedCountryCode: international ? null : defaultCountryCode };
}

/** The country calling code an E.164 number starts with: "+442079460958" → "44"; null when none fits. */
export function countryCallingCode(e164: string): CountryCallingCode | null {
  return parsePhoneNumberFromString(e164)?.countryCallingCode ?? null;
}

/** An E.164 number as its country writes it internationally: "+49 30 1234567", "+1 555 014 2233". */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
