import type { Identity, User, UserProfile } from '../../../api/index.ts';

/**
 * What happens to the data of the user merged away ("the merging user").
 *
 * Zendesk help, "Merging a user's duplicate account" (support.zendesk.com, article 4408887695898),
 * "Understanding how user data is merged": the merging user loses all data except tickets and
 * email identities; organization memberships, notes, details, tags, user fields, external ID and
 * the other identities are not kept. A later note there says phone numbers now carry over too;
 * its exact extent is not documented, so phone numbers are shown as "may move", never promised.
 */
export type LostItem =
  | { kind: 'identity'; identity: Identity }
  | { kind: 'organization'; name: string | null }
  | { kind: 'notes' }
  | { kind: 'details' }
  | { kind: 'tags'; tags: readonly string[] }
  | { kind: 'user-fields'; count: number }
  | { kind: 'external-id'; value: string }
  /** The read did not say (fields absent): whatever there is, is lost. */
  | { kind: 'unknown-profile-data' };

/**
 * What becomes of a merged-away messaging user's conversation, item by item. Sources:
 * - `ticket-moves`: Zendesk help, "Merging a user's duplicate account" — the merged user's
 *   tickets are updated to the kept user (the messaging ticket with them).
 * - `identity-lost`: the same article — only tickets, email addresses (and, a later note says,
 *   phone numbers) are kept; other identities, the messaging identity among them, are not.
 * - `conversation-access`: Zendesk's messaging platform docs, "Merging users" — "If two
 *   unauthenticated users are merged, … the discarded user will lose access to their
 *   conversation"; an unauthenticated user merged with an authenticated one is signed out and
 *   must be signed in as the surviving user. Whether a Support merge of users merges their
 *   messaging users is not documented.
 * - `replies-unknown`: Zendesk does not document whether an agent's replies in the messaging
 *   conversation still reach the person once their user is merged away: the app says so.
 */
export type MessagingFate = 'ticket-moves' | 'identity-lost' | 'conversation-access' | 'replies-unknown';

const MESSAGING_FATES: readonly MessagingFate[] = ['ticket-moves', 'identity-lost', 'conversation-access', 'replies-unknown'];

/** Identity types of a user created by Zendesk messaging (Users API, user identities: `messaging`). */
export const MESSAGING_TYPES: ReadonlySet<string> = new Set(['messaging']);

export interface Losses {
  /** Requested tickets move to the kept user; null when the count could not be read. */
  tickets: number | null;
  /** Email identities move to the kept user. */
  moves: readonly Identity[];
  /** Phone numbers: the help article's later note says they carry over; not promised. */
  mayMove: readonly Identity[];
  lost: readonly LostItem[];
  /** What happens to a messaging conversation, said item by item; empty without a messaging identity. */
  messaging: readonly MessagingFate[];
}

const MOVES = new Set(['email']);
const MAY_MOVE = new Set(['phone_number']);

function profileLosses(user: User): LostItem[] {
  const lost: LostItem[] = [];
  if (user.organizationId !== null) lost.push({ kind: 'organization', name: user.organizationName });
  if (user.notes.trim() !== '') lost.push({ kind: 'notes' });
  if (user.tags === undefined || user.details === undefined || user.userFieldCount === undefined) {
    lost.push({ kind: 'unknown-profile-data' });
    return lost;
  }
  if (user.details.trim() !== '') lost.push({ kind: 'details' });
  if (user.tags.length > 0) lost.push({ kind: 'tags', tags: user.tags });
  if (user.userFieldCount > 0) lost.push({ kind: 'user-fields', count: user.userFieldCount });
  if (user.externalId) lost.push({ kind: 'external-id', value: user.externalId });
  return lost;
}

/** What the merging user's data becomes if `profile` is the one merged away, item by item. */
export function mergeLosses(profile: UserProfile, requestedTickets: number | null): Losses {
  const { identities, user } = profile;
  return {
    tickets: requestedTickets,
    moves: identities.filter((identity) => MOVES.has(identity.type)),
    mayMove: identities.filter((identity) => MAY_MOVE.has(identity.type)),
    lost: [
      ...identities.filter((identity) => !MOVES.has(identity.type) && !MAY_MOVE.has(identity.type))
        .map((identity): LostItem => ({ kind: 'identity', identity })),
      ...profileLosses(user),
    ],
    messaging: identities.some((identity) => MESSAGING_TYPES.has(identity.type)) ? MESSAGING_FATES : [],
  };
}
