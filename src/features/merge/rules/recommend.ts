import type { UserProfile } from '../../../api/index.ts';

/** Which of the two users of a comparison: the ticket's requester, or the other one. */
export type Side = 'requester' | 'other';

export type RecommendationReason =
  | 'only-allowed'
  | 'more-tickets'
  | 'verified-email'
  | 'organization'
  | 'external-id'
  | 'older'
  | 'requester';

export interface Recommendation {
  keep: Side;
  reason: RecommendationReason;
}

/** One user as the recommendation weighs them. */
export interface Candidate {
  profile: UserProfile;
  /** Requested tickets; null when unknown. */
  requested: number | null;
  /** Whether Zendesk would accept a merge that keeps this user. */
  mayBeKept: boolean;
}

type Weigh = (candidate: Candidate) => number | null;

const verifiedEmail: Weigh = ({ profile }) =>
  profile.identities.some((identity) => identity.type === 'email' && identity.verified) ? 1 : 0;
const organization: Weigh = ({ profile }) => (profile.user.organizationId === null ? 0 : 1);
const externalId: Weigh = ({ profile }) => (profile.user.externalId ? 1 : 0);
// Older is better: a smaller time weighs more.
const older: Weigh = ({ profile }) => {
  const at = profile.user.createdAt ? Date.parse(profile.user.createdAt) : Number.NaN;
  return Number.isNaN(at) ? null : -at;
};

const CRITERIA: readonly [RecommendationReason, Weigh][] = [
  ['more-tickets', ({ requested }) => requested],
  ['verified-email', verifiedEmail],
  ['organization', organization],
  ['external-id', externalId],
  ['older', older],
];

/**
 * Which user to keep, and why in a few words: the only direction Zendesk allows, else the
 * user with more history (tickets, a verified email, an organization, an external ID, the
 * older account), else the ticket's requester. A recommendation only: the agent chooses.
 */
export function recommendSurvivor(requester: Candidate, other: Candidate): Recommendation {
  if (requester.mayBeKept !== other.mayBeKept) return { keep: requester.mayBeKept ? 'requester' : 'other', reason: 'only-allowed' };
  for (const [reason, weigh] of CRITERIA) {
    const [a, b] = [weigh(requester), weigh(other)];
    if (a === null || b === null || a === b) continue;
    return { keep: a > b ? 'requester' : 'other', reason };
  }
  return { keep: 'requester', reason: 'requester' };
}
