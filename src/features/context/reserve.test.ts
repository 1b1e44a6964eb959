import { describe, expect, it } from 'vitest';
import type { RequesterContext } from '../../api/index.ts';
import { reservedHeight } from './reserve.ts';

const bare: RequesterContext = {
  organizations: [],
  organizationsComplete: true,
  defaultOrganizationId: null,
  ianaTimeZone: null,
  timeZone: null,
  tags: [],
  notes: '',
  details: '',
  lastLoginAt: null,
  locale: null,
};

describe('the height kept for the requester\'s details', () => {
  it('keeps the heading and one line each for organization, time and last sign-in', () => {
    // 12 above + 24 heading + three 20 px rows with 4 px between them.
    expect(reservedHeight(bare)).toBe(36 + 20 * 3 + 4 * 2);
  });

  it('adds a line per organization and one for the default marker when there are several', () => {
    const one = { ...bare, organizations: [{ id: 1, name: 'A' }] };
    const three = { ...bare, organizations: [{ id: 1, name: 'A' }, { id: 2, name: 'B' }, { id: 3, name: 'C' }] };
    expect(reservedHeight(one)).toBe(reservedHeight(bare));
    expect(reservedHeight(three)).toBe(reservedHeight(bare) + 20 * 3);
    expect(reservedHeight({ ...one, organizationsComplete: false })).toBe(reservedHeight(bare) + 20);
  });

  it('gives a zone its own line, and rows to language and tags only when there are some', () => {
    expect(reservedHeight({ ...bare, ianaTimeZone: 'Europe/London' })).toBe(reservedHeight(bare) + 20);
    expect(reservedHeight({ ...bare, locale: 'en-GB' })).toBe(reservedHeight(bare) + 24);
    expect(reservedHeight({ ...bare, tags: ['vip', 'wholesale'] })).toBe(reservedHeight(bare) + 20);
  });

  it('counts notes and details by their lines, up to three and a "Show more"', () => {
    expect(reservedHeight({ ...bare, notes: '  ' })).toBe(reservedHeight(bare));
    expect(reservedHeight({ ...bare, notes: 'Prefers email.' })).toBe(reservedHeight(bare) + 44);
    expect(reservedHeight({ ...bare, details: 'a\nb' })).toBe(reservedHeight(bare) + 64);
    expect(reservedHeight({ ...bare, notes: 'a\nb\nc\nd\ne' })).toBe(reservedHeight(bare) + 24 + 60 + 20);
  });
});
