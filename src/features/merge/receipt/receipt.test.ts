import { describe, expect, it } from 'vitest';
import type { Identity, User } from '../../../api/index.ts';
import { mergeLosses } from '../rules/losses.ts';
import { identity as makeIdentity, profile, user as makeUser } from '../shared/fixtures.ts';
import { MAX_LISTED_IDENTITIES, plain, receiptBody } from './receipt.ts';
import type { MergeFacts } from './receipt.ts';

const user = (id: number, name: string, changes: Partial<User> = {}): User => makeUser(id, { name, email: null, ...changes });
const identity = (id: number, type: string, value: string): Identity => makeIdentity(id, type, value, { userId: 2101 });
const at = new Date('2024-05-02T08:15:00Z');
const agent = { id: 1002, name: 'Sam Okafor', locale: 'en' };

function merge(merged: User, identities: Identity[], kept: User, tickets: number | null = 0): MergeFacts {
  return { merged, losses: mergeLosses(profile(merged, identities), tickets), kept };
}

describe('receiptBody', () => {
  it('records who merged whom into whom, when, what moved and what was lost', () => {
    const body = receiptBody({
      agent,
      at,
      merges: [merge(
        user(2101, 'Zoë Lindqvist', { organizationId: 9002, organizationName: 'Lindqvist Design Studio', tags: ['vip'] }),
        [identity(1, 'email', 'Zoe.Lindqvist@gmail.com'), identity(2, 'phone_number', '+15550142233'), identity(3, 'wechat', 'zoe_l')],
        user(2103, 'ZOE LINDQVIST'),
        6,
      )],
    });
    expect(body.split('\n')).toEqual([
      'Merge receipt (Requester Toolkit)',
      'Merged by: Sam Okafor (agent 1002)',
      'When: May 2, 2024 at 8:15:00 AM UTC (2024-05-02T08:15:00.000Z)',
      'Merged and deleted: Zoë Lindqvist (user 2101)',
      'Kept: ZOE LINDQVIST (user 2103)',
      'Moved to the kept user:',
      '- 6 requested tickets',
      '- Email: Zoe.Lindqvist@gmail.com',
      'Phone numbers, which Zendesk says now carry over (check the kept profile):',
      '- Phone: +15550142233',
      'Lost with the deleted user:',
      '- Other (wechat): zoe_l',
      '- Organization membership: Lindqvist Design Studio',
      '- Tags: vip',
    ]);
  });

  it('records every merge of a run and the users that were not merged', () => {
    const kept = user(1, 'Dana');
    const body = receiptBody({
      agent, at,
      merges: [merge(user(2, 'Dana W.'), [], kept), merge(user(3, 'D. Whitfield'), [], kept)],
      notMerged: [user(4, 'Dana Whitfield')],
    });
    const lines = body.split('\n');
    expect(lines.filter((line) => line.startsWith('Merged and deleted:'))).toEqual(['Merged and deleted: Dana W. (user 2)', 'Merged and deleted: D. Whitfield (user 3)']);
    expect(lines.at(-1)).toBe('Not merged: Dana Whitfield (user 4)');
  });

  it('keeps ids as they are, without thousands separators', () => {
    const body = receiptBody({ agent: { id: 123456, name: null, locale: 'en' }, at, merges: [merge(user(2101, 'A'), [], user(900001, 'B'), null)] });
    expect(body).toContain('Merged by: unknown agent (agent 123456)');
    expect(body).toContain('Kept: B (user 900001)');
    expect(body.split('\n').slice(-4)).toEqual(['Moved to the kept user:', '- Nothing', 'Lost with the deleted user:', '- Nothing']);
  });

  it('keeps markup as text and never lets a value start a line of its own', () => {
    const body = receiptBody({
      agent: { id: 1, name: 'Sam', locale: 'en' },
      at,
      merges: [merge(user(5, '<img src=x onerror=alert(1)>\nKept: Mallory (user 1)'), [identity(1, 'email', 'x"><b>@example.com\r\n- Email: forged')], user(6, 'Dana'))],
    });
    const lines = body.split('\n');
    expect(lines[3]).toBe('Merged and deleted: <img src=x onerror=alert(1)> Kept: Mallory (user 1) (user 5)');
    expect(lines).toContain('- Email: x"><b>@example.com - Email: forged');
    expect(lines.filter((line) => line.startsWith('Kept:'))).toHaveLength(1);
  });

  it('lists a bounded number of identities and counts the rest', () => {
    const many = Array.from({ length: MAX_LISTED_IDENTITIES + 5 }, (_, i) => identity(i + 1, 'email', `relay-${i}@example.com`));
    const lines = receiptBody({ agent, at, merges: [merge(user(5, 'Relay'), many, user(6, 'Dana'), null)] }).split('\n');
    expect(lines.filter((line) => line.startsWith('- Email:'))).toHaveLength(MAX_LISTED_IDENTITIES);
    expect(lines).toContain('- and 5 more');
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
      receiptBody({ agent: { id: 1, name: 'A', locale }, at, merges: [merge(user(2, 'B'), [], user(3, 'C'))] }).split('\n')[2];
    expect(when('en')).toBe('When: May 2, 2024 at 8:15:00 AM UTC (2024-05-02T08:15:00.000Z)');
    expect(when('de')).toMatch(/^When: 2\. Mai 2024/);
  });
});
