import type { Identity, RelatedCounts, User } from '../../../api/index.ts';
import { MAX_REQUESTED_TICKETS_TO_MERGE } from './eligibility.ts';
import { MESSAGING_TYPES } from './losses.ts';

/** Rules the app cannot check from here: said before the merge, never used to block it. */
export type MergeWarning = 'single-sign-on' | 'kept-too-many-tickets' | 'kept-unverified' | 'messaging-conversation';

interface Sides {
  merging: User;
  /** The merged-away user's identities; absent when not read, and then nothing is said about them. */
  mergingIdentities?: readonly Identity[];
  kept: User;
  keptIdentities: readonly Identity[];
  keptCounts: RelatedCounts | null;
}

/**
 * Zendesk help, "Merging a user's duplicate account": with single sign-on (JWT or SAML), users
 * can be merged only if neither has an external ID — whether the account uses SSO is not
 * something an app can read, so an external ID is a warning. The same article asks for at most
 * 10,000 tickets on each account and an email or X identity on an unverified one; the API
 * reference states these for the merged user only, so for the kept user they are warnings too.
 *
 * A merged-away user with a messaging identity: Zendesk's messaging docs ("Merging users") say
 * an unauthenticated messaging user merged away loses access to their conversation, and Zendesk
 * documents nothing about whether replies in that conversation still reach the person — the
 * agent is warned before, not told after (losses.ts says it item by item).
 */
export function mergeWarnings({ merging, mergingIdentities = [], kept, keptIdentities, keptCounts }: Sides): MergeWarning[] {
  const warnings: MergeWarning[] = [];
  if (merging.externalId || kept.externalId) warnings.push('single-sign-on');
  if (keptCounts !== null && keptCounts.requested > MAX_REQUESTED_TICKETS_TO_MERGE) warnings.push('kept-too-many-tickets');
  if (kept.verified === false && !keptIdentities.some((identity) => identity.type === 'email' || identity.type === 'twitter')) {
    warnings.push('kept-unverified');
  }
  if (mergingIdentities.some((identity) => MESSAGING_TYPES.has(identity.type))) warnings.push('messaging-conversation');
  return warnings;
}
