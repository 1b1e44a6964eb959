import type { MessageKey } from '../../i18n/index.ts';

export type NewIdentityType = 'email' | 'phone_number';

export type Checked = { ok: true; value: string } | { ok: false; reason: MessageKey };

// Local part: anything Zendesk stores except separators and spaces. Domain: dot-separated labels of
// letters (any script, so internationalized domains pass), digits and inner hyphens, ending in a
// top-level label of two or more characters.
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,}$/u;

// E.164: "+", a country code that does not start with 0, at most 15 digits in all. Eight is the
// shortest number Zendesk accepts.
const E164 = /^\+[1-9]\d{7,14}$/;

/** The address as it will be sent, or null when Zendesk would refuse its format. */
export function checkEmail(raw: string): string | null {
  const value = raw.trim();
  return value.length <= 254 && EMAIL.test(value) ? value : null;
}

/** The number in E.164 with the usual spaces, dashes, dots and parentheses removed, or null. */
export function checkPhone(raw: string): string | null {
  const value = raw.trim().replace(/[\s().-]/g, '');
  return E164.test(value) ? value : null;
}

/** Checks a value before it is sent, so a typo gets a sentence right away instead of a round trip. */
export function validateIdentity(type: NewIdentityType, raw: string): Checked {
  const email = type === 'email';
  if (raw.trim() === '') return { ok: false, reason: email ? 'identity.emptyEmail' : 'identity.emptyPhone' };
  const value = email ? checkEmail(raw) : checkPhone(raw);
  if (value === null) return { ok: false, reason: email ? 'identity.invalidEmail' : 'identity.invalidPhone' };
  return { ok: true, value };
}
