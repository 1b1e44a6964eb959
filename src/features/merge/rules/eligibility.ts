import type { Identity, RelatedCounts, User } from '../../../api/index.ts';

/**
 * Zendesk: Users API, "Merge End Users" — "the user in the path parameter must be a requester on
 * 10,000 or fewer tickets": exactly 10,000 may still be merged. The help article says each
 * account should have at most 10,000 tickets; for the kept user that is a warning (warnings.ts).
 */
export const MAX_REQUESTED_TICKETS_TO_MERGE = 10_000;

export interface MergeCandidates {
  /** The user merged away and deleted: the user in the path of the merge request. */
  merging: User;
  /** Identities of the merging user, for the rule on unverified users. */
  mergingIdentities: readonly Identity[];
  /** The user who is kept: the user in the body of the merge request. */
  kept: User;
  /** null when the read failed: the ticket limit cannot be checked. */
  mergingCounts: RelatedCounts | null;
  keptCounts: RelatedCounts | null;
}

/**
 * Why a merge cannot happen. `requester-…` reasons concern the user merged away and `target-…`
 * ones the user kept, whichever of them is the ticket's requester.
 */
export type Ineligibility =
  | 'same-user'
  | 'requester-not-end-user'
  | 'target-not-end-user'
  | 'requester-inactive'
  | 'target-inactive'
  | 'requester-shared'
  | 'target-shared'
  | 'requester-unverified'
  | 'counts-unknown'
  | 'too-many-tickets';

export type Eligibility = { eligible: true } | { eligible: false; reason: Ineligibility };

/** Identity types that let an unverified user be merged. */
const UNVERIFIED_MAY_MERGE_WITH = new Set(['email', 'twitter']);

/**
 * Whether Zendesk will accept this merge, checked before the agent is offered the button
 * so a refusal is explained rather than met. Zendesk still decides; this mirrors its rules.
 * Unknown counts count as not eligible: the agent would otherwise confirm a merge without
 * seeing what moves, and the 10,000-ticket limit would go unchecked.
 */
export function mergeEligibility({ merging, mergingIdentities, kept, mergingCounts, keptCounts }: MergeCandidates): Eligibility {
  const no = (reason: Ineligibility): Eligibility => ({ eligible: false, reason });
  if (merging.id === kept.id) return no('same-user');
  // Zendesk: Users API, "Merge End Users" — agents and admins cannot be merged; the help
  // article: "Both accounts are for end users, not admins or agents."
  if (merging.role !== 'end-user') return no('requester-not-end-user');
  if (kept.role !== 'end-user') return no('target-not-end-user');
  if (!merging.active) return no('requester-inactive');
  if (!kept.active) return no('target-inactive');
  // Zendesk: Users API, "Merge End Users" — "with the exception of end users created by sharing agreements".
  if (merging.shared) return no('requester-shared');
  if (kept.shared) return no('target-shared');
  // Zendesk help, "Merging a user's duplicate account": an unverified end user must have an
  // email address or an X (formerly Twitter) account.
  if (merging.verified === false && !mergingIdentities.some((identity) => UNVERIFIED_MAY_MERGE_WITH.has(identity.type))) {
    return no('requester-unverified');
  }
  if (mergingCounts === null || keptCounts === null) return no('counts-unknown');
  if (mergingCounts.requested > MAX_REQUESTED_TICKETS_TO_MERGE) return no('too-many-tickets');
  return { eligible: true };
}
