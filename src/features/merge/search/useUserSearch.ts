import { useEffect, useState } from 'preact/hooks';
import type { User, ZendeskApi } from '../../../api/index.ts';
import { isApiError } from '../../../api/index.ts';
import { buildSearchQuery } from './searchQuery.ts';

/** Long enough that typing a word sends one request, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 300;

export type SearchState =
  | { status: 'idle' }
  /** `users` are the previous answer's, kept so the list does not flicker while typing. */
  | { status: 'searching'; users: readonly User[] }
  | { status: 'ready'; users: readonly User[] }
  | { status: 'error'; error: unknown };

export interface UserSearch {
  state: SearchState;
  retry: () => void;
}

const IDLE: SearchState = { status: 'idle' };

/**
 * Searches Zendesk for `term` once the agent pauses typing. Every new term cancels the
 * pending timer and aborts the request in flight, so an earlier, slower answer can never
 * replace a later one. The requester is left out: they cannot be merged into themselves.
 */
export function useUserSearch(api: ZendeskApi, term: string, excludeId: number): UserSearch {
  const [state, setState] = useState<SearchState>(IDLE);
  const [attempt, setAttempt] = useState(0);
  // Keyed on the query, not the keystrokes: a trailing space or a quote searches nothing new.
  const query = buildSearchQuery(term);

  useEffect(() => {
    if (query === null) {
      setState(IDLE);
      return undefined;
    }
    setState((current) => ({ status: 'searching', users: current.status === 'ready' || current.status === 'searching' ? current.users : [] }));
    const controller = new AbortController();
    const { signal } = controller;
    const timer = setTimeout(() => {
      api.searchUsers(query, signal).then(
        (users) => {
          if (!signal.aborted) setState({ status: 'ready', users: users.filter((user) => user.id !== excludeId) });
        },
        (error: unknown) => {
          if (signal.aborted || (isApiError(error) && error.kind === 'aborted')) return;
          setState({ status: 'error', error });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, query, excludeId, attempt]);

  return { state, retry: () => setAttempt((count) => count + 1) };
}
