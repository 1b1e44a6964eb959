import { useState } from 'preact/hooks';
import type { RelatedCounts, UserProfile, ZendeskApi } from '../../../api/index.ts';
import type { Load } from '../../../ui/load.ts';
import { useRead } from './useRead.ts';

export interface Comparison {
  target: Load<UserProfile>;
  targetCounts: Load<RelatedCounts>;
  requesterCounts: Load<RelatedCounts>;
  /** Reads again whatever failed. */
  retry: () => void;
}

/**
 * What the comparison shows: the target's profile and counts, read in parallel, and the
 * requester's counts as the panel already has them. When the panel's read failed, the flow
 * reads them itself on retry, since eligibility cannot be decided without them.
 */
export function useComparison(api: ZendeskApi, requesterId: number, panelCounts: Load<RelatedCounts>, targetId: number): Comparison {
  const target = useRead((signal) => api.showProfile(targetId, signal));
  const targetCounts = useRead((signal) => api.showRelated(targetId, signal));
  const [ownCounts, setOwnCounts] = useState(false);
  const requesterCounts = useRead((signal) => api.showRelated(requesterId, signal), ownCounts);
  return {
    target: target.load,
    targetCounts: targetCounts.load,
    requesterCounts: ownCounts ? requesterCounts.load : panelCounts,
    retry: () => {
      if (target.load.status === 'error') target.reload();
      if (targetCounts.load.status === 'error') targetCounts.reload();
      if (!ownCounts && panelCounts.status === 'error') setOwnCounts(true);
      else if (ownCounts && requesterCounts.load.status === 'error') requesterCounts.reload();
    },
  };
}
