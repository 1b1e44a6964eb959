import type { RelatedCounts, User, UserProfile } from '../../../api/index.ts';
import type { Load } from '../../../ui/load.ts';
import { mergeEligibility } from './eligibility.ts';
import type { Eligibility } from './eligibility.ts';

export type MergeCheck =
  | { status: 'checking' }
  /** The target itself could not be read: there is nothing to check yet. */
  | { status: 'unreadable' }
  | { status: 'done'; eligibility: Eligibility };

interface Reads {
  target: Load<UserProfile>;
  requesterCounts: Load<RelatedCounts>;
  targetCounts: Load<RelatedCounts>;
}

function known(load: Load<RelatedCounts>): RelatedCounts | null {
  return load.status === 'ready' ? load.data : null;
}

/**
 * Eligibility once every read has settled. A failed count read is a verdict ("unknown
 * counts"), not a reason to keep checking forever; a read still under way is.
 */
export function checkMerge(requester: User, reads: Reads): MergeCheck {
  if (reads.target.status === 'error') return { status: 'unreadable' };
  if (reads.target.status === 'loading' || reads.requesterCounts.status === 'loading' || reads.targetCounts.status === 'loading') {
    return { status: 'checking' };
  }
  return {
    status: 'done',
    eligibility: mergeEligibility({
      requester,
      target: reads.target.data.user,
      requesterCounts: known(reads.requesterCounts),
      targetCounts: known(reads.targetCounts),
    }),
  };
}
