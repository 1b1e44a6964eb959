import { useEffect, useRef, useState } from 'preact/hooks';
import { endlessIdentityPages, isApiError } from '../../api/index.ts';
import type { UserProfile, ZendeskApi } from '../../api/index.ts';
import { chunk } from '../../shell/chunk.ts';
import type { Load } from '../../ui/load.ts';
import type { RestProgress } from './restOfIdentities.ts';

const START: RestProgress = { loaded: [], after: undefined, pages: 0 };

/** The reading code: needed only for the few requesters whose sideload is incomplete. */
const reader = chunk(() => import('./restOfIdentities.ts'), ({ readRestOfIdentities, withMore }) => ({ readRestOfIdentities, withMore }));

/** The paginated read behind an incomplete identities sideload. */
export interface RestOfIdentities {
  /** `idle`: nothing to read (the sideload was complete, or the list is complete now). */
  state: { status: 'idle' | 'loading' } | { status: 'failed'; error: unknown };
  /** Goes on from the page that failed; the identities already read stay. */
  retry: () => void;
}

/**
 * Completes the requester's identities when the profile read could not promise them all
 * (`identitiesComplete: false`): reads `GET /api/v2/users/{id}/identities` page by page, shows
 * each page as it comes, and marks the profile complete with the paginated list, which replaces
 * the sideload. Starts only once `mayStart` (the first view's two reads have answered), so the
 * counts never wait behind these pages. A new requester or a new profile read aborts it: the
 * panel is keyed by requester, and answers for an earlier read are dropped.
 */
export function useRestOfIdentities(
  api: ZendeskApi,
  userId: number,
  profile: Load<UserProfile>,
  mayStart: boolean,
  patchProfile: (change: (profile: UserProfile) => UserProfile) => void,
): RestOfIdentities {
  const [state, setState] = useState<RestOfIdentities['state']>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  // Where a retry goes on from; a new profile read starts the pages afresh.
  const progress = useRef<RestProgress>(START);
  if (profile.status === 'loading') progress.current = START;
  const incomplete = profile.status === 'ready' && profile.data.identitiesComplete === false;

  useEffect(() => {
    if (!incomplete || !mayStart) {
      if (!incomplete) setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    const { signal } = controller;
    setState({ status: 'loading' });
    reader.load().then(({ readRestOfIdentities, withMore }) => {
      const show = (at: RestProgress) => {
        progress.current = at;
        patchProfile((current) => ({ ...current, identities: withMore(current.identities, at.loaded) }));
      };
      return readRestOfIdentities(api, userId, progress.current, signal, show, endlessIdentityPages);
    }).then(
      (all) => {
        if (signal.aborted) return;
        progress.current = START;
        patchProfile((current) => ({ ...current, identities: all, identitiesComplete: true }));
        setState({ status: 'idle' });
      },
      (error: unknown) => {
        if (signal.aborted || (isApiError(error) && error.kind === 'aborted')) return;
        setState({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [api, userId, incomplete, mayStart, attempt, patchProfile]);

  return { state, retry: () => setAttempt((count) => count + 1) };
}
