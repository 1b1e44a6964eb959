import { describe, expect, it } from 'vitest';
import { formatLocalTime, languageName, msToNextMinute, usableZone } from './time.ts';

const at = Date.UTC(2025, 2, 14, 9, 30, 15);

describe('local time of the requester', () => {
  it('reads the time in zones far from UTC, on their own day', () => {
    // Kiritimati is UTC+14, Pago Pago UTC−11: the same instant is Friday evening and Thursday night.
    expect(formatLocalTime(at, 'Pacific/Kiritimati', 'en')).toMatch(/^Fri,? 11:30\sPM GMT\+14$/);
    expect(formatLocalTime(at, 'Pacific/Pago_Pago', 'en')).toMatch(/^Thu,? 10:30\sPM (GMT-11|SST)$/);
    expect(formatLocalTime(at, 'Pacific/Kiritimati', 'de')).toMatch(/^Fr\.?,? 23:30 GMT\+14$/);
  });

  it('keeps only zones this browser knows', () => {
    expect(usableZone('Europe/London')).toBe('Europe/London');
    expect(usableZone('Eastern Time (US & Canada)')).toBeNull();
    expect(usableZone(null)).toBeNull();
  });

  it('waits until the next whole minute', () => {
    expect(msToNextMinute(at)).toBe(45_000);
    expect(msToNextMinute(Date.UTC(2025, 0, 1, 0, 0, 0))).toBe(60_000);
  });
});

describe('language of the requester', () => {
  it('names the language in the agent language', () => {
    expect(languageName('en-GB', 'en')).toBe('British English');
    expect(languageName('de', 'fr')).toBe('allemand');
    expect(languageName('pt-BR', 'ja')).toMatch(/ポルトガル語/);
  });

  it('shows the tag when it cannot be named', () => {
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
  });
});
