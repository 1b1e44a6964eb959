import type { RelatedCounts, User } from '../../../api/index.ts';

/**
 * "the user in the path parameter must be a requester on 10,000 or fewer tickets":
 * exactly 10,000 may still be merged.
 */
export const MAX_REQUESTED_TICKETS_TO_MERGE = 10_000;

export interface MergeCandidates {
  /** Merged away and deleted. */
  requester: User;
  /** Kept. */
  target: User;
  /** null when the read failed: the ticket limit cannot be checked. */
  requesterCounts: RelatedCounts | null;
  targetCounts: RelatedCounts | null;
}

export type Ineligibility =
  | 'same-user'
  | 'requester-not-end-user'
  | 'target-not-end-user'
  | 'requester-inactive'
  | 'target-inactive'
  | 'requester-shared'
  | 'target-shared'
  | 'counts-unknown'
  | 'too-many-tickets';

export type Eligibility = { eligible: true } | { eligible: false; reason: Ineligibility };

/**
 * Whether Zendesk will accept this merge, checked before the agent is offered the button
 * so a refusal is explained rather than met. Zendesk still decides; this mirrors its rules.
 * Unknown counts count as not eligible: the agent would otherwise confirm a merge without
 * seeing what moves, and the 10,000-ticket limit would go unchecked.
 */
export function mergeEligibility({ requester, target, requesterCounts, targetCounts }: MergeCandidates): Eligibility {
  const no = (reason: Ineligibility): Eligibility => ({ eligible: false, reason });
  if (requester.id === target.id) return no('same-user');
  if (requester.role !== 'end-user') return no('requester-not-end-user');
  if (target.role !== 'end-user') return no('target-not-end-user');
  if (!requester.active) return no('requester-inactive');
  if (!target.active) return no('target-inactive');
  if (requester.shared) return no('requester-shared');
  if (target.shared) return no('target-shared');
  if (requesterCounts === null || targetCounts === null) return no('counts-unknown');
  if (requesterCounts.requested > MAX_REQUESTED_TICKETS_TO_MERGE) return no('too-many-tickets');
  return { eligible: true };
}
