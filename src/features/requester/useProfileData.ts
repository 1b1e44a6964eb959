import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useRestOfIdentities } from '../identities/useRestOfIdentities.ts';
import type { RestOfIdentities } from '../identities/useRestOfIdentities.ts';
import type { RelatedCounts, UserProfile, ZendeskApi } from '../../api/index.ts';
import { isApiError } from '../../api/index.ts';
import type { HostClient } from '../../host/types.ts';
import { LOADING } from '../../ui/load.ts';
import type { Load } from '../../ui/load.ts';

/** Data older than this is read again when the agent comes back to the ticket. */
export const STALE_AFTER_MS = 60_000;

export interface ProfileData {
  profile: Load<UserProfile>;
  related: Load<RelatedCounts>;
  reloadProfile: () => void;
  /** Reads the profile again without showing it as loading; a failure keeps what is shown. */
  refreshProfile: () => void;
  reloadRelated: () => void;
  /** Applies a change the app made, once Zendesk confirmed it (or optimistically, with a rollback). */
  patchProfile: (change: (profile: UserProfile) => UserProfile) => void;
  /** The paginated read that completes a cut or missing identities sideload, after the first two reads. */
  restOfIdentities: RestOfIdentities;
}

type Section = 'profile' | 'related';

/**
 * For a quiet refresh: while a cut sideload is completed again page by page, the identities the
 * agent already sees stay (the complete list then replaces them), so the list does not shrink.
 */
function keepKnownIdentities(set: (change: (current: Load<UserProfile>) => Load<UserProfile>) => void) {
  return (next: Load<UserProfile>) => set((current) => {
    if (next.status !== 'ready' || next.data.identitiesComplete !== false || current.status !== 'ready') return next;
    const ids = new Set(next.data.identities.map((identity) => identity.id));
    const known = current.data.identities.filter((identity) => !ids.has(identity.id));
    return { status: 'ready', data: { ...next.data, identities: [...next.data.identities, ...known] } };
  });
}

/**
 * Reads the user and their related counts in parallel. A new requester cancels
 * everything in flight for the old one, so late answers never reach the screen.
 */
export function useProfileData(host: HostClient, api: ZendeskApi, userId: number, now = Date.now): ProfileData {
  const [profile, setProfile] = useState<Load<UserProfile>>(LOADING);
  const [related, setRelated] = useState<Load<RelatedCounts>>(LOADING);
  const controllers = useRef<Partial<Record<Section, AbortController>>>({});
  const loadedAt = useRef(0);

  const load = useCallback(
    (section: Section, quiet = false) => {
      controllers.current[section]?.abort();
      const controller = new AbortController();
      controllers.current[section] = controller;
      const { signal } = controller;
      const settle = <T,>(set: (value: Load<T>) => void, promise: Promise<T>) => {
        if (!quiet) set(LOADING);
        promise.then(
          (data) => !signal.aborted && set({ status: 'ready', data }),
          (error: unknown) => {
            if (signal.aborted || (isApiError(error) && error.kind === 'aborted')) return;
            // A background refresh that fails keeps what the agent already sees.
            if (!quiet) set({ status: 'error', error });
          },
        );
      };
      if (section === 'profile') settle(quiet ? keepKnownIdentities(setProfile) : setProfile, api.showProfile(userId, signal));
      else settle(setRelated, api.showRelated(userId, signal));
    },
    [api, userId],
  );

  useEffect(() => {
    loadedAt.current = now();
    load('profile');
    load('related');
    const off = host.on('app.activated', () => {
      if (now() - loadedAt.current < STALE_AFTER_MS) return;
      loadedAt.current = now();
      load('profile', true);
      load('related', true);
    });
    return () => {
      off();
      controllers.current.profile?.abort();
      controllers.current.related?.abort();
    };
  }, [host, load, now]);

  const patchProfile = useCallback((change: (profile: UserProfile) => UserProfile) => {
    setProfile((current) => (current.status === 'ready' ? { status: 'ready', data: change(current.data) } : current));
  }, []);

  const restOfIdentities = useRestOfIdentities(api, userId, profile, related.status !== 'loading', patchProfile);

  return {
    profile,
    related,
    restOfIdentities,
    reloadProfile: () => load('profile'),
    refreshProfile: () => load('profile', true),
    reloadRelated: () => load('related'),
    patchProfile,
  };
}
