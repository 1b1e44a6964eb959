import { describe, expect, it } from 'vitest';
import { checkEmail, checkPhone, validateIdentity } from './validateIdentity.ts';

describe('checkPhone', () => {
  it('accepts E.164 numbers, with or without the usual punctuation', () => {
    expect(checkPhone('+15550142233')).toBe('+15550142233');
    expect(checkPhone('+1 555 014 2233')).toBe('+15550142233');
    expect(checkPhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(checkPhone(' +1 (555) 014-2233 ')).toBe('+15550142233');
    expect(checkPhone('+1.555.014.2233')).toBe('+15550142233');
  });

  it('refuses numbers without a country code', () => {
    expect(checkPhone('5550142233')).toBeNull();
    expect(checkPhone('(555) 014-2233')).toBeNull();
    expect(checkPhone('+0 555 014 2233')).toBeNull();
  });

  it('refuses numbers that are too short or too long', () => {
    expect(checkPhone('+1555014')).toBeNull();
    expect(checkPhone('+15550142')).toBe('+15550142');
    expect(checkPhone('+123456789012345')).toBe('+123456789012345');
    expect(checkPhone('+1234567890123456')).toBeNull();
  });

  it('refuses letters and other signs', () => {
    expect(checkPhone('+1 555 CALL NOW')).toBeNull();
    expect(checkPhone('+1 555 014 2233 ext 4')).toBeNull();
    expect(checkPhone('+1/555/014/2233')).toBeNull();
    expect(checkPhone('++15550142233')).toBeNull();
  });
});

describe('checkEmail', () => {
  it('accepts ordinary and internationalized addresses', () => {
    expect(checkEmail('dana.w@fastmail.example')).toBe('dana.w@fastmail.example');
    expect(checkEmail('zoelindqvist+shop@gmail.com')).toBe('zoelindqvist+shop@gmail.com');
    expect(checkEmail('anna@bücher.de')).toBe('anna@bücher.de');
    expect(checkEmail('info@xn--bcher-kva.de')).toBe('info@xn--bcher-kva.de');
    expect(checkEmail('  a.b@sub.example.co.uk ')).toBe('a.b@sub.example.co.uk');
  });

  it('refuses values that are not addresses', () => {
    expect(checkEmail('a@b')).toBeNull();
    expect(checkEmail('no at sign')).toBeNull();
    expect(checkEmail('anna @example.com')).toBeNull();
    expect(checkEmail('anna@exa mple.com')).toBeNull();
    expect(checkEmail('anna@@example.com')).toBeNull();
    expect(checkEmail('@example.com')).toBeNull();
    expect(checkEmail('anna@example.c')).toBeNull();
    expect(checkEmail('anna@-example.com')).toBeNull();
    expect(checkEmail('<anna@example.com>')).toBeNull();
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
