import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizePhone, validateIdentity } from './validateIdentity.ts';

describe('normalizePhone', () => {
  it('accepts E.164 numbers, with or without the usual punctuation', () => {
    expect(normalizePhone('+15550142233')).toBe('+15550142233');
    expect(normalizePhone('+1 555 014 2233')).toBe('+15550142233');
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone(' +1 (555) 014-2233 ')).toBe('+15550142233');
    expect(normalizePhone('+1.555.014.2233')).toBe('+15550142233');
  });

  it('refuses numbers without a country code', () => {
    expect(normalizePhone('5550142233')).toBeNull();
    expect(normalizePhone('(555) 014-2233')).toBeNull();
    expect(normalizePhone('+0 555 014 2233')).toBeNull();
  });

  it('refuses numbers that are too short or too long', () => {
    expect(normalizePhone('+1555014')).toBeNull();
    expect(normalizePhone('+15550142')).toBe('+15550142');
    expect(normalizePhone('+123456789012345')).toBe('+123456789012345');
    expect(normalizePhone('+1234567890123456')).toBeNull();
  });

  it('refuses letters and other signs', () => {
    expect(normalizePhone('+1 555 CALL NOW')).toBeNull();
    expect(normalizePhone('+1 555 014 2233 ext 4')).toBeNull();
    expect(normalizePhone('+1/555/014/2233')).toBeNull();
    expect(normalizePhone('++15550142233')).toBeNull();
  });
});

describe('normalizeEmail', () => {
  it('accepts ordinary and internationalized addresses', () => {
    expect(normalizeEmail('dana.w@fastmail.example')).toBe('dana.w@fastmail.example');
    expect(normalizeEmail('zoelindqvist+shop@gmail.com')).toBe('zoelindqvist+shop@gmail.com');
    expect(normalizeEmail('anna@bücher.de')).toBe('anna@bücher.de');
    expect(normalizeEmail('info@xn--bcher-kva.de')).toBe('info@xn--bcher-kva.de');
    expect(normalizeEmail('  a.b@sub.example.co.uk ')).toBe('a.b@sub.example.co.uk');
  });

  it('refuses values that are not addresses', () => {
    expect(normalizeEmail('a@b')).toBeNull();
    expect(normalizeEmail('no at sign')).toBeNull();
    expect(normalizeEmail('anna @example.com')).toBeNull();
    expect(normalizeEmail('anna@exa mple.com')).toBeNull();
    expect(normalizeEmail('anna@@example.com')).toBeNull();
    expect(normalizeEmail('@example.com')).toBeNull();
    expect(normalizeEmail('anna@example.c')).toBeNull();
    expect(normalizeEmail('anna@-example.com')).toBeNull();
    expect(normalizeEmail('<anna@example.com>')).toBeNull();
  });
});

describe('validateIdentity', () => {
  it('answers the value to send', () => {
    expect(validateIdentity('phone_number', '+44 20 7946 0958')).toEqual({ ok: true, value: '+442079460958' });
    expect(validateIdentity('email', ' anna@bücher.de ')).toEqual({ ok: true, value: 'anna@bücher.de' });
  });

  it('says which kind of value is missing or malformed', () => {
    expect(validateIdentity('email', '  ')).toEqual({ ok: false, reason: 'identity.emptyEmail' });
    expect(validateIdentity('phone_number', '')).toEqual({ ok: false, reason: 'identity.emptyPhone' });
    expect(validateIdentity('email', 'a@b')).toEqual({ ok: false, reason: 'identity.invalidEmail' });
    expect(validateIdentity('phone_number', '555 0142')).toEqual({ ok: false, reason: 'identity.invalidPhone' });
  });
});
