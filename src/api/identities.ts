import { list, parseIdentity, record, ShapeError } from './guards.ts';
import { endlessIdentityPages, shaped, userPath } from './shape.ts';
import type { Transport } from './transport.ts';
import type { Identity } from './types.ts';

const PAGE_SIZE = 100;
// A server that keeps saying "more" must not keep the app reading forever.
const MAX_PAGES = 100;

function identitiesPath(userId: number, identityId?: number): string {
  const base = `${userPath(userId)}/identities`;
  return identityId === undefined ? base : `${base}/${encodeURIComponent(String(identityId))}`;
}

/** One page of a user's identities and the cursor of the next page (null: this was the last). */
export interface IdentityPage {
  identities: Identity[];
  next: string | null;
}

// Zendesk: "Pagination" (developer.zendesk.com/api-reference/introduction/pagination) — cursor
// pagination answers `meta.has_more` and `meta.after_cursor`, and `links.next` with the same
// cursor as `page[after]`; the last page may still carry a cursor, so `has_more` decides.
function nextCursor(raw: Record<string, unknown>): string | null {
  const meta = raw['meta'] === undefined || raw['meta'] === null ? {} : record(raw['meta'], 'meta');
  if (meta['has_more'] !== true) return null;
  const cursor = meta['after_cursor'];
  if (typeof cursor === 'string' && cursor !== '') return cursor;
  const links = raw['links'] === undefined || raw['links'] === null ? {} : record(raw['links'], 'links');
  const next = typeof links['next'] === 'string' ? links['next'] : '';
  const fromLink = next === '' ? null : new URL(next, 'https://zendesk.invalid').searchParams.get('page[after]');
  if (fromLink) return fromLink;
  throw new ShapeError('meta.has_more without a cursor');
}

/**
 * One page (at most 100) of the user's identities, from `after` (undefined: the first page).
 * Zendesk: User Identities, "List Identities" — cursor pagination, 100 records a page at most.
 * Throws ApiError (a malformed one when the body or its cursor is not Zendesk's shape).
 */
export async function listIdentityPage(t: Transport, userId: number, after?: string, signal?: AbortSignal): Promise<IdentityPage> {
  const path = `${identitiesPath(userId)}.json`;
  const body = await t.read(path, { query: { 'page[size]': PAGE_SIZE, 'page[after]': after }, signal });
  return shaped('GET', path, () => {
    const raw = record(body, 'body');
    return { identities: list(raw['identities'], 'identities').map(parseIdentity), next: nextCursor(raw) };
  });
}

/** Every identity of the user, following cursor pagination to the end. */
export async function listIdentities(t: Transport, userId: number, signal?: AbortSignal): Promise<Identity[]> {
  const all: Identity[] = [];
  const seen = new Set<string>();
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { identities, next } = await listIdentityPage(t, userId, after, signal);
    all.push(...identities);
    if (next === null) return all;
    if (seen.has(next)) break;
    seen.add(next);
    after = next;
  }
  throw endlessIdentityPages(userId);
}

async function writeIdentity(t: Transport, method: 'PUT' | 'POST', path: string, body?: unknown): Promise<Identity> {
  const answer = await t.write(method, path, body === undefined ? {} : { body });
  return shaped(method, path, () => parseIdentity(record(answer, 'body')['identity']));
}

/** Zendesk answers with the whole collection; callers reload it anyway, other clients may have changed it. */
export async function makePrimary(t: Transport, userId: number, identityId: number): Promise<Identity[]> {
  const path = `${identitiesPath(userId, identityId)}/make_primary.json`;
  const answer = await t.write('PUT', path);
  return shaped('PUT', path, () => list(record(answer, 'body')['identities'], 'identities').map(parseIdentity));
}

export function verifyIdentity(t: Transport, userId: number, identityId: number): Promise<Identity> {
  return writeIdentity(t, 'PUT', `${identitiesPath(userId, identityId)}/verify.json`);
}

export async function requestVerification(t: Transport, userId: number, identityId: number): Promise<void> {
  await t.write('PUT', `${identitiesPath(userId, identityId)}/request_verification.json`);
}

export interface IdentityChanges {
  value?: string;
  verified?: boolean;
}

export function updateIdentity(t: Transport, userId: number, identityId: number, changes: IdentityChanges): Promise<Identity> {
  return writeIdentity(t, 'PUT', `${identitiesPath(userId, identityId)}.json`, { identity: changes });
}

export async function deleteIdentity(t: Transport, userId: number, identityId: number): Promise<void> {
  await t.write('DELETE', `${identitiesPath(userId, identityId)}.json`);
}

export interface NewIdentity {
  type: 'email' | 'phone_number';
  value: string;
}

export function createIdentity(t: Transport, userId: number, identity: NewIdentity, skipVerifyEmail = false): Promise<Identity> {
  const body = skipVerifyEmail ? { identity, skip_verify_email: true } : { identity };
  return writeIdentity(t, 'POST', `${identitiesPath(userId)}.json`, body);
}
