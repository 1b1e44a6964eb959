import { describe, expect, it } from 'vitest';
import type { RelatedCounts, User } from '../../../api/index.ts';
import { mergeEligibility } from './eligibility.ts';
import type { MergeCandidates } from './eligibility.ts';

function user(id: number, changes: Partial<User> = {}): User {
  return {
    id,
    name: `User ${id}`,
    email: `user${id}@example.com`,
    phone: null,
    role: 'end-user',
    roleType: null,
    organizationId: null,
    organizationName: null,
    suspended: false,
    active: true,
    shared: false,
    notes: '',
    photoUrl: null,
    ...changes,
  };
}

function counts(requested: number): RelatedCounts {
  return { requested, assigned: 0, ccd: 0, organizationSubscriptions: 0 };
}

function candidates(changes: Partial<MergeCandidates> = {}): MergeCandidates {
  return { requester: user(1), target: user(2), requesterCounts: counts(6), targetCounts: counts(2), ...changes };
}

function reasonFor(input: MergeCandidates): string | null {
  const verdict = mergeEligibility(input);
  return verdict.eligible ? null : verdict.reason;
}

describe('mergeEligibility', () => {
  it('allows two different active end users', () => {
    expect(mergeEligibility(candidates())).toEqual({ eligible: true });
  });

  it('refuses merging a user into itself', () => {
    expect(mergeEligibility(candidates({ target: user(1) }))).toEqual({ eligible: false, reason: 'same-user' });
  });

  it('refuses a requester who is an agent or admin', () => {
    expect(reasonFor(candidates({ requester: user(1, { role: 'agent' }) }))).toBe('requester-not-end-user');
    expect(reasonFor(candidates({ requester: user(1, { role: 'admin' }) }))).toBe('requester-not-end-user');
  });

  it('refuses a target who is an agent or admin', () => {
    expect(reasonFor(candidates({ target: user(2, { role: 'agent', roleType: 1 }) }))).toBe('target-not-end-user');
    expect(reasonFor(candidates({ target: user(2, { role: 'admin' }) }))).toBe('target-not-end-user');
  });

  it('refuses users that are no longer active', () => {
    expect(reasonFor(candidates({ requester: user(1, { active: false }) }))).toBe('requester-inactive');
    expect(reasonFor(candidates({ target: user(2, { active: false }) }))).toBe('target-inactive');
  });

  it('refuses users created by a sharing agreement', () => {
    expect(reasonFor(candidates({ requester: user(1, { shared: true }) }))).toBe('requester-shared');
    expect(reasonFor(candidates({ target: user(2, { shared: true }) }))).toBe('target-shared');
  });

  it('refuses when the ticket counts could not be read', () => {
    expect(reasonFor(candidates({ requesterCounts: null }))).toBe('counts-unknown');
    expect(reasonFor(candidates({ targetCounts: null }))).toBe('counts-unknown');
  });

  it('refuses a requester on more than 10,000 tickets, and allows exactly 10,000', () => {
    expect(reasonFor(candidates({ requesterCounts: counts(10_001) }))).toBe('too-many-tickets');
    expect(mergeEligibility(candidates({ requesterCounts: counts(10_000) }))).toEqual({ eligible: true });
  });

  it('does not limit how many tickets the kept user has', () => {
    expect(mergeEligibility(candidates({ targetCounts: counts(50_000) }))).toEqual({ eligible: true });
  });

  it('allows suspended users, as Zendesk does', () => {
    expect(mergeEligibility(candidates({ requester: user(1, { suspended: true }), target: user(2, { suspended: true }) }))).toEqual({
      eligible: true,
    });
  });
});
