import { describe, expect, it } from 'vitest';
import { formatDate } from './dates.ts';

const at = Date.UTC(2025, 2, 14, 9, 30);
const utc: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };

describe('formatDate', () => {
  it('spells the date the way each language does', () => {
    expect(formatDate(at, utc, 'en')).toBe('March 14, 2025');
    expect(formatDate(at, utc, 'de')).toBe('14. März 2025');
    expect(formatDate(at, utc, 'ja')).toBe('2025年3月14日');
    expect(formatDate(new Date(at).toISOString(), utc, 'pt-BR')).toBe('14 de março de 2025');
  });

  it('still spells the date when the locale tag is malformed', () => {
    expect(formatDate(at, utc, 'not_a locale!')).toMatch(/2025/);
  });

  it('answers an empty string for a timestamp it cannot read', () => {
    expect(formatDate('not a date', utc, 'en')).toBe('');
  });
});
