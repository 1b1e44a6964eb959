import { describe, expect, it } from 'vitest';
import { user } from './fixtures.ts';
import { rankDuplicates } from './rank.ts';
import type { Duplicate, Reason } from './rank.ts';

const email: Reason = { kind: 'email', theirs: 'A@example.com', requesters: 'a@example.com', rules: ['case'] };
const phone: Reason = { kind: 'phone', theirs: '+15550142233', requesters: '+15550142233', international: '+1 555 014 2233', assumedCountryCode: null };
const name: Reason = { kind: 'name' };
const duplicate = (id: number, ...reasons: Reason[]): Duplicate => ({ user: user({ id }), reasons });
const order = (list: Duplicate[]) => rankDuplicates(list).map((entry) => entry.user.id);

describe('rankDuplicates', () => {
  it('puts an email before a phone before a name', () => {
    expect(order([duplicate(1, name), duplicate(2, phone), duplicate(3, email)])).toEqual([3, 2, 1]);
  });

  it('puts several reasons before one, even a stronger one', () => {
    expect(order([duplicate(1, email), duplicate(2, phone, name)])).toEqual([2, 1]);
    expect(order([duplicate(1, phone, name), duplicate(2, email, phone, name), duplicate(3, email, name)])).toEqual([2, 3, 1]);
  });

  it('keeps the older account first when the reasons are alike', () => {
    expect(order([duplicate(9, email), duplicate(4, email)])).toEqual([4, 9]);
  });

  it('does not change the list it is given', () => {
    const list = [duplicate(1, name), duplicate(2, email)];
    rankDuplicates(list);
    expect(list.map((entry) => entry.user.id)).toEqual([1, 2]);
  });
});
