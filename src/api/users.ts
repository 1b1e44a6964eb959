import { parseOrganizationList, parseRequesterContext } from './contextGuards.ts';
import { list, parseIdentity, parseOrganizations, parseRelated, parseUser, record } from './guards.ts';
import { PROFILE_QUERY } from './early.ts';
import { shaped, userPath } from './shape.ts';
import type { Transport } from './transport.ts';
import type { Organization, RelatedCounts, User, UserProfile } from './types.ts';

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
      context: parseRequesterContext(record(raw['user'], 'user'), organizations),
    };
  });
}

/**
 * Every organization the user belongs to (Zendesk: Organizations API, "List Organizations",
 * `GET /api/v2/users/{user_id}/organizations`; offset pagination, 100 a page). Read only when the
 * agent asks and the profile's sideload cannot say; one page: a requester in more than 100
 * organizations is shown the first 100.
 */
export async function listUserOrganizations(t: Transport, userId: number, signal?: Signal): Promise<Organization[]> {
  const path = `${userPath(userId)}/organizations.json`;
  const body = await t.read(path, { query: { per_page: 100 }, signal });
  return shaped('GET', path, () => parseOrganizationList(body));
}

export async function showRelated(t: Transport, userId: number, signal?: Signal): Promise<RelatedCounts> {
  const path = `${userPath(userId)}/related.json`;
  const body = await t.read(path, { signal });
  return shaped('GET', path, () => parseRelated(body));
}

export interface UserChanges {
  suspended?: boolean;
  /** `""` clears a number left behind by a removed phone identity (Users API, "Delete Identity"). */
  phone?: string;
}

/** The user alone, without sideloads: what the profile says now. */
export async function showUser(t: Transport, userId: number, signal?: Signal): Promise<User> {
  const path = `${userPath(userId)}.json`;
  const body = await t.read(path, { signal });
  return shaped('GET', path, () => parseUser(record(body, 'body')['user']));
}

export async function updateUser(t: Transport, userId: number, changes: UserChanges): Promise<User> {
  const path = `${userPath(userId)}.json`;
  const body = await t.write('PUT', path, { body: { user: changes } });
  return shaped('PUT', path, () => parseUser(record(body, 'body')['user']));
}

/** Merges `sourceId` INTO `targetId`; the source is deleted. Irreversible, so never retried. */
export async function mergeUsers(t: Transport, sourceId: number, targetId: number): Promise<User> {
  const path = `${userPath(sourceId)}/merge.json`;
  const body = await t.write('PUT', path, { body: { user: { id: targetId } } });
  return shaped('PUT', path, () => parseUser(record(body, 'body')['user']));
}

function users(method: string, path: string, body: unknown): User[] {
  return shaped(method, path, () => list(record(body, 'body')['users'], 'users').map((user) => parseUser(user)));
}

export async function searchUsers(t: Transport, query: string, signal?: Signal): Promise<User[]> {
  const path = '/api/v2/users/search.json';
  return users('GET', path, await t.read(path, { query: { query }, signal }));
}

export async function autocompleteUsers(t: Transport, name: string, signal?: Signal): Promise<User[]> {
  const path = '/api/v2/users/autocomplete.json';
  return users('GET', path, await t.read(path, { query: { name }, signal }));
}

export async function showManyUsers(t: Transport, ids: readonly number[], signal?: Signal): Promise<User[]> {
  if (ids.length === 0) return [];
  const path = '/api/v2/users/show_many.json';
  return users('GET', path, await t.read(path, { query: { ids: ids.slice(0, 100).join(',') }, signal }));
}
