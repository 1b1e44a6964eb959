import { describe, expect, it } from 'vitest';
import { formatDate, formatRelative } from './dates.ts';

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

describe('formatRelative', () => {
  const minute = 60_000;
  const day = 24 * 60 * minute;

  it('says how long ago in the largest whole unit, in the agent language', () => {
    expect(formatRelative(at - 3 * minute, at, 'en')).toBe('3 minutes ago');
    expect(formatRelative(at - day, at, 'en')).toBe('yesterday');
    expect(formatRelative(at - 3 * day, at, 'de')).toBe('vor 3 Tagen');
    expect(formatRelative(at - 400 * day, at, 'fr')).toBe('l’année dernière');
    expect(formatRelative(at - 2 * 7 * day, at, 'he')).toMatch(/^לפני שבועיים/);
  });

  it('reads less than a minute as now, and a future time as to come', () => {
    expect(formatRelative(at - 20_000, at, 'en')).toBe('now');
    expect(formatRelative(at + 2 * 60 * minute, at, 'en')).toBe('in 2 hours');
  });

  it('answers an empty string for a timestamp it cannot read, and survives a malformed locale', () => {
    expect(formatRelative('never', at, 'en')).toBe('');
    expect(formatRelative(at - 5 * minute, at, 'not_a locale!')).toMatch(/5/);
  });
});
