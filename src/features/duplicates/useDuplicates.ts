import { useEffect, useRef, useState } from 'preact/hooks';
import type { UserProfile, ZendeskApi } from '../../api/index.ts';
import type { HostClient } from '../../host/types.ts';
import { chunk } from '../../shell/chunk.ts';
import type { SearchOutcome } from './search.ts';

/** The searches and their rules, loaded when an agent asks for possible duplicates. */
const searches = chunk(() => import('./search.ts'), (module) => module);

export type DuplicatesState =
  | { status: 'searching' }
  /** The search code itself could not be loaded. */
  | { status: 'unavailable' }
  | SearchOutcome;

/**
 * Runs the duplicate searches once, for the requester as they were when the agent asked (a
 * later change to their identities does not start new searches). Leaving the view aborts them.
 * While the identities are still being read page by page, the searches wait for all of them.
 * The conversation is read from the host at the same moment, not before: nothing is read or
 * searched until the agent asks.
 */
export function useDuplicates(api: ZendeskApi, host: Pick<HostClient, 'context' | 'getEach'>, requester: UserProfile): DuplicatesState {
  const [state, setState] = useState<DuplicatesState>({ status: 'searching' });
  const asked = useRef(requester);
  const complete = requester.identitiesComplete !== false;

  useEffect(() => {
    if (!complete) return;
    asked.current = requester;
    const controller = new AbortController();
    const { signal } = controller;
    searches.load().then(
      async ({ searchDuplicates, readConversation }) => {
        const conversation = await readConversation(host, asked.current.user.id);
        if (signal.aborted) return;
        const outcome = await searchDuplicates(api, asked.current, signal, conversation);
        if (!signal.aborted) setState(outcome);
      },
      () => {
        if (!signal.aborted) setState({ status: 'unavailable' });
      },
    );
    return () => controller.abort();
  }, [api, complete]);

  return state;
}
