import { describe, expect, it } from 'vitest';
import type { Identity } from '../../api/index.ts';
import { groupIdentities } from './group.ts';

let next = 1;
const identity = (type: string, value: string, extra: Partial<Identity> = {}): Identity => ({
  id: next++, userId: 1, type, value, verified: false, primary: false, undeliverable: false, ...extra,
});

describe('groupIdentities', () => {
  it('orders types as Zendesk does, unknown types last', () => {
    const groups = groupIdentities([
      identity('future_channel', 'x'), identity('twitter', '@a'), identity('phone_number', '+1'), identity('email', 'a@x.test'),
    ]);
    expect(groups.map((group) => group.type)).toEqual(['email', 'phone_number', 'twitter', 'future_channel']);
  });

  it('puts the primary identity first, then verified ones', () => {
    const [emails] = groupIdentities([
      identity('email', 'a@x.test'),
      identity('email', 'b@x.test', { verified: true }),
      identity('email', 'c@x.test', { primary: true, verified: true }),
    ]);
    expect(emails?.identities.map((item) => item.value)).toEqual(['c@x.test', 'b@x.test', 'a@x.test']);
  });

  it('answers no groups for no identities', () => expect(groupIdentities([])).toEqual([]));
});
