import { describe, expect, it } from 'vitest';
import type { Identity, User } from '../../../api/index.ts';
import { MAX_LISTED_IDENTITIES, plain, receiptBody } from './receipt.ts';

const user = (id: number, name: string): User => ({
  id, name, email: null, phone: null, role: 'end-user', roleType: null, organizationId: null, organizationName: null,
  suspended: false, active: true, shared: false, notes: '', photoUrl: null,
});
const identity = (id: number, type: string, value: string): Identity => ({
  id, userId: 2101, type, value, verified: true, primary: false, undeliverable: false,
});
const at = new Date('2024-05-02T08:15:00Z');

describe('receiptBody', () => {
  it('records who merged whom into whom, when, and the identities of the deleted user', () => {
    const body = receiptBody({
      agent: { id: 1002, name: 'Sam Okafor', locale: 'en' },
      at,
      merged: user(2101, 'Zoë Lindqvist'),
      identities: [identity(1, 'email', 'Zoe.Lindqvist@gmail.com'), identity(2, 'phone_number', '+15550142233'), identity(3, 'wechat', 'zoe_l')],
      kept: user(2103, 'ZOE LINDQVIST'),
    });
    expect(body.split('\n')).toEqual([
      'Merge receipt (Requester Toolkit)',
      'Merged by: Sam Okafor (agent 1002)',
      'When: May 2, 2024 at 8:15:00 AM UTC (2024-05-02T08:15:00.000Z)',
      'Merged and deleted: Zoë Lindqvist (user 2101)',
      'Kept: ZOE LINDQVIST (user 2103)',
      'Identities of the deleted user, moved to the kept user:',
      '- Email: Zoe.Lindqvist@gmail.com',
      '- Phone: +15550142233',
      '- wechat: zoe_l',
    ]);
  });

  it('keeps ids as they are, without thousands separators', () => {
    const body = receiptBody({ agent: { id: 123456, name: null, locale: 'en' }, at, merged: user(2101, 'A'), identities: [], kept: user(900001, 'B') });
    expect(body).toContain('Merged by: unknown agent (agent 123456)');
    expect(body).toContain('Kept: B (user 900001)');
    expect(body).toContain('The deleted user had no identities.');
  });

  it('keeps markup as text and never lets a value start a line of its own', () => {
    const body = receiptBody({
      agent: { id: 1, name: 'Sam', locale: 'en' },
      at,
      merged: user(5, '<img src=x onerror=alert(1)>\nKept: Mallory (user 1)'),
      identities: [identity(1, 'email', 'x"><b>@example.com\r\n- Email: forged')],
      kept: user(6, 'Dana'),
    });
    const lines = body.split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[3]).toBe('Merged and deleted: <img src=x onerror=alert(1)> Kept: Mallory (user 1) (user 5)');
    expect(lines[6]).toBe('- Email: x"><b>@example.com - Email: forged');
  });

  it('lists a bounded number of identities and counts the rest', () => {
    const many = Array.from({ length: MAX_LISTED_IDENTITIES + 5 }, (_, i) => identity(i + 1, 'email', `relay-${i}@example.com`));
    const lines = receiptBody({ agent: { id: 1, name: 'Sam', locale: 'en' }, at, merged: user(5, 'Relay'), identities: many, kept: user(6, 'Dana') }).split('\n');
    expect(lines.filter((line) => line.startsWith('- Email:'))).toHaveLength(MAX_LISTED_IDENTITIES);
    expect(lines.at(-1)).toBe('- and 5 more');
  });
});

describe('plain', () => {
  it('folds control characters and line separators into spaces', () => {
    expect(plain(' a\u0000b\u2028c\td ')).toBe('a b c d');
  });

  it('shortens a very long value', () => {
    expect(plain('x'.repeat(600))).toHaveLength(501);
  });
});

describe('the receipt time', () => {
  it('spells out the time in UTC, in the agent\'s language', () => {
    const when = (locale: string) =>
      receiptBody({ agent: { id: 1, name: 'A', locale }, at, merged: user(2, 'B'), identities: [], kept: user(3, 'C') }).split('\n')[2];
    expect(when('en')).toBe('When: May 2, 2024 at 8:15:00 AM UTC (2024-05-02T08:15:00.000Z)');
    expect(when('de')).toMatch(/^When: 2\. Mai 2024/);
  });
});
