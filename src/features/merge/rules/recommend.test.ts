import { describe, expect, it } from 'vitest';
import type { User } from '../../../api/index.ts';
import { identity, profile, user } from '../shared/fixtures.ts';
import { recommendSurvivor } from './recommend.ts';
import type { Candidate } from './recommend.ts';

function candidate(id: number, changes: Partial<User> = {}, more: Partial<Candidate> = {}): Candidate {
  return { profile: profile(user(id, changes)), requested: 1, mayBeKept: true, ...more };
}

describe('recommendSurvivor', () => {
  it('recommends the only user Zendesk allows to be kept', () => {
    expect(recommendSurvivor(candidate(1, {}, { mayBeKept: true, requested: 1 }), candidate(2, {}, { mayBeKept: false, requested: 99 })))
      .toEqual({ keep: 'requester', reason: 'only-allowed' });
  });

  it('prefers more tickets, then a verified email, an organization, an external ID, the older account', () => {
    expect(recommendSurvivor(candidate(1, {}, { requested: 1 }), candidate(2, {}, { requested: 7 }))).toEqual({ keep: 'other', reason: 'more-tickets' });
    const verified = { profile: profile(user(2), [identity(1, 'email', 'a@x.example', { verified: true })]), requested: 1, mayBeKept: true };
    expect(recommendSurvivor(candidate(1), verified)).toEqual({ keep: 'other', reason: 'verified-email' });
    expect(recommendSurvivor(candidate(1, { organizationId: 5 }), candidate(2))).toEqual({ keep: 'requester', reason: 'organization' });
    expect(recommendSurvivor(candidate(1), candidate(2, { externalId: 'e' }))).toEqual({ keep: 'other', reason: 'external-id' });
    expect(recommendSurvivor(candidate(1, { createdAt: '2024-01-01T00:00:00Z' }), candidate(2, { createdAt: '2019-01-01T00:00:00Z' })))
      .toEqual({ keep: 'other', reason: 'older' });
  });

  it('keeps the requester when nothing tells them apart', () => {
    expect(recommendSurvivor(candidate(1, {}, { requested: null }), candidate(2))).toEqual({ keep: 'requester', reason: 'requester' });
  });
});
