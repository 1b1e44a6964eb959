import type { UserProfile, ZendeskApi } from '../../api/index.ts';
import { requesterKeys } from './keys.ts';
import { findDuplicates } from './match.ts';
import { duplicateQueries } from './queries.ts';
import type { Duplicate } from './rank.ts';

export type SearchOutcome =
  /** `failed` holds the error of a search that did not answer: the list may then be incomplete. */
  | { status: 'done'; duplicates: Duplicate[]; failed: { error: unknown } | null }
  | { status: 'error'; error: unknown };

/**
 * Runs the duplicate searches in parallel and keeps the users that share a normalized email,
 * phone or name with the requester. Loaded when the agent first asks, with the rules it needs.
 */
export async function searchDuplicates(api: Pick<ZendeskApi, 'searchUsers'>, requester: UserProfile, signal: AbortSignal): Promise<SearchOutcome> {
  const keys = requesterKeys(requester);
  const queries = duplicateQueries(keys, requester.user.name);
  const results = await Promise.allSettled(queries.map((query) => api.searchUsers(query, signal)));
  const found = results.flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure && results.every((result) => result.status === 'rejected')) return { status: 'error', error: failure.reason };
  return { status: 'done', duplicates: findDuplicates(keys, found), failed: failure ? { error: failure.reason } : null };
}
