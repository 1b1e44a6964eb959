import { describe, expect, it } from 'vitest';
import { identity, profile, user } from '../shared/fixtures.ts';
import { matchingKeys, reachOf } from './matching.ts';

describe('reachOf', () => {
  it('lists every identity, and the phone field when no identity holds that number', () => {
    const zoe = profile(user(1, { phone: '+15550142233' }), [identity(1, 'email', 'a@x.example'), identity(2, 'phone_number', '+15550142233')]);
    expect(reachOf(zoe).map((reach) => reach.key)).toEqual(['identity-1', 'identity-2']);
    const shop = profile(user(2, { phone: '(555) 014-2233' }), [identity(3, 'email', 'b@x.example')]);
    expect(reachOf(shop).map((reach) => [reach.key, reach.profileField])).toEqual([['identity-3', false], ['phone-field', true]]);
  });
});

describe('matchingKeys', () => {
  it('marks the values both users have: emails without case, phones by their digits', () => {
    const a = reachOf(profile(user(1), [identity(1, 'email', 'Zoe@X.example'), identity(2, 'phone_number', '+15550142233'), identity(3, 'twitter', 'zoe')]));
    const b = reachOf(profile(user(2, { phone: '(555) 014-2233' }), [identity(4, 'email', 'zoe@x.example'), identity(5, 'facebook', 'zoe')]));
    expect([...matchingKeys(a, b)]).toEqual(['identity-1', 'identity-2']);
    expect([...matchingKeys(b, a)]).toEqual(['identity-4', 'phone-field']);
  });

  it('does not match short numbers or different types with the same value', () => {
    const a = reachOf(profile(user(1), [identity(1, 'phone_number', '112'), identity(2, 'twitter', 'zoe')]));
    const b = reachOf(profile(user(2), [identity(3, 'phone_number', '+44112'), identity(4, 'facebook', 'zoe')]));
    expect(matchingKeys(a, b).size).toBe(0);
  });
});
