import { describe, expect, it } from 'vitest';
import { identity, profile, user } from '../shared/fixtures.ts';
import { mergeLosses } from './losses.ts';

describe('mergeLosses', () => {
  it('moves tickets and email identities, may move phone numbers, and loses every other identity', () => {
    const email = identity(1, 'email', 'zoe@x.example');
    const phone = identity(2, 'phone_number', '+15550142233');
    const x = identity(3, 'twitter', 'zoe_l');
    const messaging = identity(4, 'messaging', 'conv-1');
    const losses = mergeLosses(profile(user(1), [email, phone, x, messaging]), 6);
    expect(losses.tickets).toBe(6);
    expect(losses.moves).toEqual([email]);
    expect(losses.mayMove).toEqual([phone]);
    expect(losses.lost).toEqual([{ kind: 'identity', identity: x }, { kind: 'identity', identity: messaging }]);
  });

  it('names each part of the profile that is not kept', () => {
    const full = user(1, {
      organizationId: 9, organizationName: 'Acme', notes: 'VIP', details: 'Quay Street', tags: ['vip'], userFieldCount: 2, externalId: 'crm-1',
    });
    expect(mergeLosses(profile(full), null).lost).toEqual([
      { kind: 'organization', name: 'Acme' },
      { kind: 'notes' },
      { kind: 'details' },
      { kind: 'tags', tags: ['vip'] },
      { kind: 'user-fields', count: 2 },
      { kind: 'external-id', value: 'crm-1' },
    ]);
  });

  it('loses nothing else from an empty profile', () => {
    expect(mergeLosses(profile(user(1)), 0).lost).toEqual([]);
  });

  it('says profile data may be lost when the read did not include it', () => {
    const unread = user(1);
    delete unread.tags;
    expect(mergeLosses(profile(unread), 0).lost).toEqual([{ kind: 'unknown-profile-data' }]);
  });

  it("says what becomes of a messaging user's conversation, item by item", () => {
    const messaging = identity(1, 'messaging', '5a1c7e0b');
    const losses = mergeLosses(profile(user(1), [messaging]), 1);
    expect(losses.messaging).toEqual(['ticket-moves', 'identity-lost', 'conversation-access', 'replies-unknown']);
    expect(losses.lost).toEqual([{ kind: 'identity', identity: messaging }]);
  });

  it('says nothing about messaging for a user without a messaging identity', () => {
    expect(mergeLosses(profile(user(1), [identity(1, 'email', 'a@x.example')]), 1).messaging).toEqual([]);
  });
});
