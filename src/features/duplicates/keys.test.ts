import { describe, expect, it } from 'vitest';
import { profile, user } from './fixtures.ts';
import { requesterKeys } from './keys.ts';

describe('requesterKeys and the phone field', () => {
  it('ignores a number Zendesk kept in the phone field after its identity was removed', () => {
    const keys = requesterKeys(profile(user({ id: 1, name: 'Sam', phone: '+447700900123', phoneIsShared: false }), [['email', 'sam@example.org']]));
    expect(keys.phones).toEqual([]);
  });

  it('keeps the phone field while an identity still has the number', () => {
    const keys = requesterKeys(profile(user({ id: 1, name: 'Sam', phone: '+44 7700 900123', phoneIsShared: false }), [['phone_number', '+447700900123']]));
    expect(keys.phones).toEqual(['+447700900123']);
  });

  it('keeps a shared number, which is never an identity', () => {
    const keys = requesterKeys(profile(user({ id: 1, name: 'Zoe', phone: '+1.555.014.2233', phoneIsShared: true })));
    expect(keys.phones).toEqual(['+15550142233']);
  });
});
