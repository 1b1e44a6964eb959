import { parseOrganizationList } from './listGuards.ts';
import { list, parseUser, record } from './guards.ts';
import { shaped, userPath } from './shape.ts';
import type { Transport } from './transport.ts';
import type { Organization, User } from './types.ts';

// Operations on users that come after the first view (users.ts has its two reads): they load with
// the rest of the API's later operations (afterFirstView.ts), when the panel first needs one.

type Signal = AbortSignal | undefined;

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
