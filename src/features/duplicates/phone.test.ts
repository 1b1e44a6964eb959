import { describe, expect, it } from 'vitest';
import { countryCallingCode, formatPhone, normalizePhone } from './phone.ts';

const e164 = (input: string, country?: string) => normalizePhone(input, country)?.e164 ?? null;

describe('normalizePhone', () => {
  it('drops spaces, dots, dashes, slashes and parentheses', () => {
    for (const input of ['+1 555 014 2233', '+1.555.014.2233', '+1-555-014-2233', '+1 (555) 014-2233', '+1/555/0142233']) {
      expect(e164(input)).toBe('+15550142233');
    }
  });

  it('reads a leading 00 as the international prefix', () => {
    expect(e164('0044 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('0044 20 7946 0958')?.assumedCountryCode).toBeNull();
  });

  it('leaves out the (0) written after a country code', () => {
    expect(e164('+44 (0)20 7946 0958')).toBe('+442079460958');
  });

  it('cuts off extensions in their usual spellings', () => {
    for (const input of ['+1 555 014 2233 x123', '+1 555 014 2233x7', '+1 555 014 2233 ext. 45', '+1 555 014 2233 Ext 45',
      '+1 555 014 2233 extension 9', '+1 555 014 2233 #12', 'tel:+1-555-014-2233;ext=3']) {
      expect(e164(input)).toBe('+15550142233');
    }
  });

  it('gives a national number the default country code, and says it did', () => {
    expect(normalizePhone('(555) 014-2233')).toEqual({ e164: '+15550142233', assumedCountryCode: '1' });
    expect(normalizePhone('1-555-014-2233')).toEqual({ e164: '+15550142233', assumedCountryCode: '1' });
  });

  it('uses the country code it is given, dropping the trunk 0', () => {
    expect(normalizePhone('020 7946 0958', '44')).toEqual({ e164: '+442079460958', assumedCountryCode: '44' });
    expect(e164('030 1234567', '49')).toBe('+49301234567');
  });

  it('keeps an international number as it is whatever the default', () => {
    expect(normalizePhone('+46 8 123 456 78', '1')).toEqual({ e164: '+46812345678', assumedCountryCode: null });
  });

  it('answers null for text, too few or too many digits', () => {
    for (const input of ['', 'call me', '555-CALL-NOW', '12', '+1 555 014 2233 4455 6677', '+0 555 014 2233']) {
      expect(normalizePhone(input)).toBeNull();
    }
  });
});

describe('countryCallingCode', () => {
  it('knows one-, two- and three-digit codes', () => {
    expect(countryCallingCode('+15550142233')).toBe('1');
    expect(countryCallingCode('+74951234567')).toBe('7');
    expect(countryCallingCode('+442079460958')).toBe('44');
    expect(countryCallingCode('+46812345678')).toBe('46');
    expect(countryCallingCode('+35312345678')).toBe('353');
    expect(countryCallingCode('+971501234567')).toBe('971');
  });

  it('has none for a code no country has', () => {
    expect(countryCallingCode('+80012345678')).toBe('800');
    expect(countryCallingCode('+999123456')).toBeNull();
  });
});

describe('formatPhone', () => {
  it('groups a North American number as 3-3-4', () => {
    expect(formatPhone('+15550142233')).toBe('+1 555 014 2233');
  });

  it('groups each country the way it writes its numbers', () => {
    expect(formatPhone('+49301234567')).toBe('+49 30 1234567');
    expect(formatPhone('+442079460958')).toBe('+44 20 7946 0958');
    expect(formatPhone('+33612345678')).toBe('+33 6 12 34 56 78');
  });
});

describe('normalizePhone by country', () => {
  it('keeps the leading 0 that Italian numbers dial after the country code', () => {
    expect(e164('06 1234 5678', '39')).toBe('+390612345678');
  });

  it('drops the trunk 0 where the country dials without it', () => {
    expect(e164('06 12 34 56 78', '33')).toBe('+33612345678');
  });
});
