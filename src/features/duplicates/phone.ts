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
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;

/**
 * A phone number in E.164, whatever its punctuation: spaces, dots, dashes, slashes and
 * parentheses are dropped, an extension is cut off, `00` is read as the international prefix,
 * the "(0)" some countries write after their code is left out, and a national number gets
 * `defaultCountryCode` (its trunk 0 dropped; a North American number may keep its leading 1).
 * Null when the text holds letters or too few or too many digits to be a number.
 */
export function normalizePhone(input: string, defaultCountryCode: string = DEFAULT_COUNTRY_CODE): NormalizedPhone | null {
  const text = input.trim().replace(/^tel:/i, '').replace(EXTENSION, '').replace(/\(0\)/g, '').trim();
  if (!PUNCTUATION_ONLY.test(text)) return null;
  let digits = text.replace(/\D/g, '');
  let assumedCountryCode: string | null = null;
  if (!text.startsWith('+')) {
    if (digits.startsWith('00')) {
      digits = digits.slice(2);
    } else {
      const national = digits.replace(/^0/, '');
      const nanpWithTrunk = defaultCountryCode === '1' && national.length === 11 && national.startsWith('1');
      digits = nanpWithTrunk ? national : defaultCountryCode + national;
      assumedCountryCode = defaultCountryCode;
    }
  }
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS || digits.startsWith('0')) return null;
  return { e164: `+${digits}`, assumedCountryCode };
}

// ITU-T E.164 country codes are one digit (1, 7), two digits (these), or three digits (all others).
const TWO_DIGIT_CODES = new Set([
  '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49',
  '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84',
  '86', '90', '91', '92', '93', '94', '95', '98',
]);

/** The country calling code an E.164 number starts with: "+442079460958" → "44". */
export function countryCallingCode(e164: string): string {
  const digits = e164.replace(/^\+/, '');
  if (digits.startsWith('1') || digits.startsWith('7')) return digits.slice(0, 1);
  const two = digits.slice(0, 2);
  return TWO_DIGIT_CODES.has(two) ? two : digits.slice(0, 3);
}

/**
 * An E.164 number as people read it: "+1 555 014 2233" for North America, otherwise the
 * country code and the rest in groups of three with the last group taking the remainder.
 */
export function formatPhone(e164: string): string {
  const code = countryCallingCode(e164);
  const rest = e164.replace(/^\+/, '').slice(code.length);
  if (code === '1' && rest.length === 10) return `+1 ${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`;
  const groups: string[] = [];
  let index = 0;
  while (rest.length - index > 4) {
    groups.push(rest.slice(index, index + 3));
    index += 3;
  }
  groups.push(rest.slice(index));
  return `+${code} ${groups.join(' ')}`;
}
