import { parseRequesterDetails } from './detailsGuards.ts';
import { list, parseIdentity, parseOrganizations, parseRelated, parseUser, record } from './guards.ts';
import { PROFILE_QUERY } from './early.ts';
import { shaped, userPath } from './shape.ts';
import type { Transport } from './transport.ts';
import type { RelatedCounts, UserProfile } from './types.ts';

type Signal = AbortSignal | undefined;

/**
 * Identities the sideload may hold at most: Zendesk documents no limit for `include=identities`
 * on a single-user read, and promises completeness only for the paginated identities list (100
 * a page). A sideload this long, or none at all, is treated as a first part.
 */
const SIDELOAD_TRUSTED_BELOW = 100;

/** The user with the organization name and the sideloaded identities, in one request. */
export async function showProfile(t: Transport, userId: number, signal?: Signal): Promise<UserProfile> {
  const path = `${userPath(userId)}.json`;
  const body = await t.read(path, { query: PROFILE_QUERY, signal });
  return shaped('GET', path, () => {
    const raw = record(body, 'body');
    const organizations = parseOrganizations(raw['organizations']);
    const sideload = raw['identities'];
    const identities = sideload === undefined ? [] : list(sideload, 'identities').map(parseIdentity);
    return {
      user: parseUser(raw['user'], organizations),
      identities,
      identitiesComplete: sideload !== undefined && identities.length < SIDELOAD_TRUSTED_BELOW,
      details: parseRequesterDetails(record(raw['user'], 'user'), organizations),
    };
  });
}

/** The related counts (`GET /api/v2/users/{id}/related`): the first view's second read. */
export async function showRelated(t: Transport, userId: number, signal?: Signal): Promise<RelatedCounts> {
  const path = `${userPath(userId)}/related.json`;
  const body = await t.read(path, { signal });
  return shaped('GET', path, () => parseRelated(body));
}
