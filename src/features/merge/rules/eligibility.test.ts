import { describe, expect, it } from 'vitest';
import { counts, identity, user } from '../shared/fixtures.ts';
import { mergeEligibility } from './eligibility.ts';
import type { MergeCandidates } from './eligibility.ts';

function candidates(changes: Partial<MergeCandidates> = {}): MergeCandidates {
  return { merging: user(1), mergingIdentities: [], kept: user(2), mergingCounts: counts(6), keptCounts: counts(2), ...changes };
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
    expect(mergeEligibility(candidates({ kept: user(1) }))).toEqual({ eligible: false, reason: 'same-user' });
  });

  it('refuses merging away an agent or admin', () => {
    expect(reasonFor(candidates({ merging: user(1, { role: 'agent' }) }))).toBe('requester-not-end-user');
    expect(reasonFor(candidates({ merging: user(1, { role: 'admin' }) }))).toBe('requester-not-end-user');
  });

  it('refuses keeping an agent or admin', () => {
    expect(reasonFor(candidates({ kept: user(2, { role: 'agent', roleType: 1 }) }))).toBe('target-not-end-user');
    expect(reasonFor(candidates({ kept: user(2, { role: 'admin' }) }))).toBe('target-not-end-user');
  });

  it('refuses users that are no longer active', () => {
    expect(reasonFor(candidates({ merging: user(1, { active: false }) }))).toBe('requester-inactive');
    expect(reasonFor(candidates({ kept: user(2, { active: false }) }))).toBe('target-inactive');
  });

  it('refuses users created by a sharing agreement', () => {
    expect(reasonFor(candidates({ merging: user(1, { shared: true }) }))).toBe('requester-shared');
    expect(reasonFor(candidates({ kept: user(2, { shared: true }) }))).toBe('target-shared');
  });

  it('refuses an unverified user merged away with neither an email nor an X identity', () => {
    const unverified = user(1, { verified: false });
    expect(reasonFor(candidates({ merging: unverified, mergingIdentities: [identity(1, 'phone_number', '+15550100')] }))).toBe('requester-unverified');
    expect(reasonFor(candidates({ merging: unverified, mergingIdentities: [identity(1, 'twitter', 'zoe')] }))).toBeNull();
    expect(reasonFor(candidates({ merging: unverified, mergingIdentities: [identity(1, 'email', 'z@x.example')] }))).toBeNull();
  });

  it('refuses when the ticket counts could not be read', () => {
    expect(reasonFor(candidates({ mergingCounts: null }))).toBe('counts-unknown');
    expect(reasonFor(candidates({ keptCounts: null }))).toBe('counts-unknown');
  });

  it('refuses merging away a user on more than 10,000 tickets, and allows exactly 10,000', () => {
    expect(reasonFor(candidates({ mergingCounts: counts(10_001) }))).toBe('too-many-tickets');
    expect(mergeEligibility(candidates({ mergingCounts: counts(10_000) }))).toEqual({ eligible: true });
  });

  it('does not block on how many tickets the kept user has', () => {
    expect(mergeEligibility(candidates({ keptCounts: counts(50_000) }))).toEqual({ eligible: true });
  });

  it('allows suspended users, as Zendesk does', () => {
    expect(mergeEligibility(candidates({ merging: user(1, { suspended: true }), kept: user(2, { suspended: true }) }))).toEqual({
      eligible: true,
    });
  });
});
