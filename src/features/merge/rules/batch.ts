import type { MergeCheck, MergeSide } from './check.ts';
import { checkMerge } from './check.ts';
import { recommendSurvivor } from './recommend.ts';
import type { RecommendationReason } from './recommend.ts';

/** One merge of a run: member `merging` into the kept member, with its check. */
export interface PlannedStep {
  merging: number;
  check: MergeCheck;
}

/**
 * The merges that fold every member into member `keep`, one at a time. Member 0 is the ticket's
 * requester and goes last: should the run stop early, the ticket keeps a requester who exists.
 */
export function planBatch(members: readonly MergeSide[], keep: number): PlannedStep[] {
  const kept = members[keep];
  if (!kept) return [];
  const order = [...members.keys()].filter((index) => index !== keep && index !== 0);
  if (keep !== 0) order.push(0);
  return order.flatMap((merging) => {
    const side = members[merging];
    return side ? [{ merging, check: checkMerge(side, kept) }] : [];
  });
}

const allowed = (steps: readonly PlannedStep[]) => steps.every((step) => step.check.status === 'done' && step.check.eligibility.eligible);
const settled = (steps: readonly PlannedStep[]) => steps.every((step) => step.check.status === 'done');

/**
 * Which member to keep, once every read has settled: the members weighed two at a time with
 * the same reasons as a single merge, where "may be kept" means every other member can be
 * merged into them. Null while anything is still being read.
 */
export function recommendBatch(members: readonly MergeSide[]): { keep: number; reason: RecommendationReason } | null {
  const plans = members.map((_, index) => planBatch(members, index));
  if (!plans.every(settled)) return null;
  let best = 0;
  let reason: RecommendationReason = 'requester';
  for (let index = 1; index < members.length; index += 1) {
    const [a, b] = [members[best], members[index]];
    if (a?.profile.status !== 'ready' || b?.profile.status !== 'ready') return null;
    const requested = (side: MergeSide) => (side.counts.status === 'ready' ? side.counts.data.requested : null);
    const verdict = recommendSurvivor(
      { profile: a.profile.data, requested: requested(a), mayBeKept: allowed(plans[best] ?? []) },
      { profile: b.profile.data, requested: requested(b), mayBeKept: allowed(plans[index] ?? []) },
    );
    if (verdict.keep === 'other') {
      best = index;
      reason = verdict.reason;
    } else if (reason === 'requester') {
      reason = verdict.reason;
    }
  }
  return { keep: best, reason };
}
