import type { UserProfile, ZendeskApi } from '../../api/index.ts';
import { requesterKeys } from './keys.ts';
import { findDuplicates } from './match.ts';
import { duplicateQueries } from './queries.ts';
import type { Duplicate } from './rank.ts';
import type { ConversationRead } from './conversation.ts';

// Read with the searches, in their chunk: the first view never downloads it.
export { readConversation } from './conversation.ts';
import { NOTHING_WRITTEN, notTheRequesters, writtenContacts } from './written.ts';

export type SearchOutcome =
  /**
   * `failed` holds the error of a search that did not answer: the list may then be incomplete.
   * `conversation` says whether the requester's words were read ('none' outside a ticket).
   */
  | { status: 'done'; duplicates: Duplicate[]; failed: { error: unknown } | null; conversation: ConversationRead['status'] }
  | { status: 'error'; error: unknown };

/**
 * Runs the duplicate searches in parallel and keeps the users that share a normalized email,
 * phone or name with the requester, or whose email or phone the requester wrote in
 * `conversation` (the host's record of the ticket, read when the agent asked). Loaded when the
 * agent first asks, with the rules it needs.
 */
export async function searchDuplicates(
  api: Pick<ZendeskApi, 'searchUsers'>, requester: UserProfile, signal: AbortSignal, conversation: ConversationRead = { status: 'none' },
): Promise<SearchOutcome> {
  const keys = requesterKeys(requester);
  const written = conversation.status === 'read' ? notTheRequesters(writtenContacts(conversation.messages, keys.countryCode), keys) : NOTHING_WRITTEN;
  const queries = duplicateQueries(keys, requester.user.name, written);
  const results = await Promise.allSettled(queries.map((query) => api.searchUsers(query, signal)));
  const found = results.flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure && results.every((result) => result.status === 'rejected')) return { status: 'error', error: failure.reason };
  return { status: 'done', duplicates: findDuplicates(keys, found, written), failed: failure ? { error: failure.reason } : null, conversation: conversation.status };
}
