import { describe, expect, it } from 'vitest';
import type { User } from '../../../api/index.ts';
import { counts, profile, user } from '../shared/fixtures.ts';
import { planBatch, recommendBatch } from './batch.ts';
import type { MergeSide } from './check.ts';

const member = (id: number, requested: number, changes: Partial<User> = {}): MergeSide => ({
  profile: { status: 'ready', data: profile(user(id, changes)) },
  counts: { status: 'ready', data: counts(requested) },
});

describe('planBatch', () => {
  it('merges every other member into the kept one, the requester last', () => {
    const members = [member(1, 5), member(2, 1), member(3, 1), member(4, 1)];
    expect(planBatch(members, 2).map((step) => step.merging)).toEqual([1, 3, 0]);
    expect(planBatch(members, 0).map((step) => step.merging)).toEqual([1, 2, 3]);
  });

  it('checks each merge on its own: a member over the ticket limit cannot be merged away', () => {
    const members = [member(1, 5), member(2, 10_450), member(3, 1)];
    const steps = planBatch(members, 0);
    expect(steps.map((step) => step.check.status === 'done' && step.check.eligibility)).toEqual([
      { eligible: false, reason: 'too-many-tickets' },
      { eligible: true },
    ]);
  });
});

describe('recommendBatch', () => {
  it('recommends the only member every other can be merged into', () => {
    expect(recommendBatch([member(1, 50), member(2, 10_450), member(3, 1)])).toEqual({ keep: 1, reason: 'only-allowed' });
  });

  it('weighs the members by the reasons of a single merge', () => {
    expect(recommendBatch([member(1, 2), member(2, 7), member(3, 1)])).toEqual({ keep: 1, reason: 'more-tickets' });
    expect(recommendBatch([member(1, 9), member(2, 7), member(3, 1)])).toEqual({ keep: 0, reason: 'more-tickets' });
  });

  it('waits for every read', () => {
    expect(recommendBatch([member(1, 2), { profile: { status: 'loading' }, counts: { status: 'loading' } }])).toBeNull();
  });
});
