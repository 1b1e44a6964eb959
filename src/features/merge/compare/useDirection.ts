import { useState } from 'preact/hooks';
import type { RelatedCounts } from '../../../api/index.ts';
import type { Load } from '../../../ui/load.ts';
import { checkMerge } from '../rules/check.ts';
import type { MergeCheck, MergeSide } from '../rules/check.ts';
import { recommendSurvivor } from '../rules/recommend.ts';
import type { Recommendation, Side } from '../rules/recommend.ts';

export interface Direction {
  /** The side the agent chose, else the recommended one once known; null while checking. */
  keep: Side | null;
  choose: (side: Side) => void;
  recommendation: Recommendation | null;
  /** The check of the chosen direction. */
  check: MergeCheck;
  merging: MergeSide | null;
  kept: MergeSide | null;
}

const counted = (load: Load<RelatedCounts>) => (load.status === 'ready' ? load.data.requested : null);
const eligible = (check: MergeCheck) => check.status === 'done' && check.eligibility.eligible;

/**
 * Which user survives. Both directions are checked, so the recommendation can prefer the only
 * one Zendesk allows; the agent's choice, once made, stands.
 */
export function useDirection(requester: MergeSide, other: MergeSide): Direction {
  const [chosen, setChosen] = useState<Side | null>(null);
  const keepRequester = checkMerge(other, requester);
  const keepOther = checkMerge(requester, other);
  let recommendation: Recommendation | null = null;
  if (requester.profile.status === 'ready' && other.profile.status === 'ready'
    && keepRequester.status === 'done' && keepOther.status === 'done') {
    recommendation = recommendSurvivor(
      { profile: requester.profile.data, requested: counted(requester.counts), mayBeKept: eligible(keepRequester) },
      { profile: other.profile.data, requested: counted(other.counts), mayBeKept: eligible(keepOther) },
    );
  }
  const keep = chosen ?? recommendation?.keep ?? null;
  return {
    keep,
    choose: setChosen,
    recommendation,
    check: keep === 'requester' ? keepRequester : keep === 'other' ? keepOther : keepOther.status === 'unreadable' ? keepOther : { status: 'checking' },
    merging: keep === null ? null : keep === 'requester' ? other : requester,
    kept: keep === null ? null : keep === 'requester' ? requester : other,
  };
}
