import type { RelatedCounts, UserProfile } from '../../../api/index.ts';
import type { Load } from '../../../ui/load.ts';
import { mergeEligibility } from './eligibility.ts';
import type { Eligibility } from './eligibility.ts';
import { mergeWarnings } from './warnings.ts';
import type { MergeWarning } from './warnings.ts';

export type MergeCheck =
  | { status: 'checking' }
  /** One of the users could not be read: there is nothing to check yet. */
  | { status: 'unreadable' }
  | { status: 'done'; eligibility: Eligibility; warnings: MergeWarning[] };

/** One user of the comparison as the reads have it. */
export interface MergeSide {
  profile: Load<UserProfile>;
  counts: Load<RelatedCounts>;
}

function known(load: Load<RelatedCounts>): RelatedCounts | null {
  return load.status === 'ready' ? load.data : null;
}

/**
 * Eligibility of merging `merging` into `kept` once every read has settled. A failed count read
 * is a verdict ("unknown counts"), not a reason to keep checking forever; a read still under way is.
 */
export function checkMerge(merging: MergeSide, kept: MergeSide): MergeCheck {
  if (merging.profile.status === 'error' || kept.profile.status === 'error') return { status: 'unreadable' };
  if (merging.profile.status === 'loading' || kept.profile.status === 'loading'
    || merging.counts.status === 'loading' || kept.counts.status === 'loading') {
    return { status: 'checking' };
  }
  const mergingUser = merging.profile.data.user;
  const keptUser = kept.profile.data.user;
  return {
    status: 'done',
    eligibility: mergeEligibility({
      merging: mergingUser,
      mergingIdentities: merging.profile.data.identities,
      kept: keptUser,
      mergingCounts: known(merging.counts),
      keptCounts: known(kept.counts),
    }),
    warnings: mergeWarnings({
      merging: mergingUser, mergingIdentities: merging.profile.data.identities, kept: keptUser, keptIdentities: kept.profile.data.identities, keptCounts: known(kept.counts),
    }),
  };
}
