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

export interface Losses {
  /** Requested tickets move to the kept user; null when the count could not be read. */
  tickets: number | null;
  /** Email identities move to the kept user. */
  moves: readonly Identity[];
  /** Phone numbers: the help article's later note says they carry over; not promised. */
  mayMove: readonly Identity[];
  lost: readonly LostItem[];
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
  };
}
