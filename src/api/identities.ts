import { list, parseIdentity, record, ShapeError } from './guards.ts';
import { shaped, userPath } from './shape.ts';
import type { Transport } from './transport.ts';
import type { Identity } from './types.ts';

const PAGE_SIZE = 100;

/** `/api/v2/users/{id}/identities[/{identity_id}]`. */
export function identitiesPath(userId: number, identityId?: number): string {
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
