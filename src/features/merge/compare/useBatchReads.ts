import { useEffect, useState } from 'preact/hooks';
import type { User, ZendeskApi } from '../../../api/index.ts';
import { isApiError } from '../../../api/index.ts';
import { LOADING } from '../../../ui/load.ts';
import type { MergeSide } from '../rules/check.ts';

const fresh = (count: number): MergeSide[] => Array.from({ length: count }, () => ({ profile: LOADING, counts: LOADING }));

/**
 * Each selected user read afresh, with identities and counts, all in parallel. Answers that
 * arrive after the view moved on (unmount, retry) are dropped.
 */
export function useBatchReads(api: ZendeskApi, users: readonly User[]): { sides: MergeSide[]; retry: () => void } {
  const [sides, setSides] = useState<MergeSide[]>(() => fresh(users.length));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    setSides(fresh(users.length));
    const settle = <K extends keyof MergeSide>(index: number, key: K, value: MergeSide[K]) => {
      if (signal.aborted) return;
      setSides((current) => current.map((side, at) => (at === index ? { ...side, [key]: value } : side)));
    };
    const failed = (error: unknown) => !(signal.aborted || (isApiError(error) && error.kind === 'aborted'));
    users.forEach((user, index) => {
      api.showProfile(user.id, signal).then(
        (data) => settle(index, 'profile', { status: 'ready', data }),
        (error: unknown) => { if (failed(error)) settle(index, 'profile', { status: 'error', error }); },
      );
      api.showRelated(user.id, signal).then(
        (data) => settle(index, 'counts', { status: 'ready', data }),
        (error: unknown) => { if (failed(error)) settle(index, 'counts', { status: 'error', error }); },
      );
    });
    return () => controller.abort();
  }, [attempt]);
  return { sides, retry: () => setAttempt((count) => count + 1) };
}
