import { useEffect, useRef, useState } from 'preact/hooks';
import { isApiError } from '../../../api/index.ts';
import { LOADING } from '../../../ui/load.ts';
import type { Load } from '../../../ui/load.ts';

export interface Read<T> {
  load: Load<T>;
  reload: () => void;
}

/**
 * One read that follows the component: started on mount (when `enabled`), aborted on
 * unmount or reload, so an answer never lands on a view that has moved on.
 */
export function useRead<T>(read: (signal: AbortSignal) => Promise<T>, enabled = true): Read<T> {
  const [load, setLoad] = useState<Load<T>>(LOADING);
  const [attempt, setAttempt] = useState(0);
  const readRef = useRef(read);
  readRef.current = read;

  useEffect(() => {
    if (!enabled) return undefined;
    const controller = new AbortController();
    const { signal } = controller;
    setLoad(LOADING);
    readRef.current(signal).then(
      (data) => {
        if (!signal.aborted) setLoad({ status: 'ready', data });
      },
      (error: unknown) => {
        if (signal.aborted || (isApiError(error) && error.kind === 'aborted')) return;
        setLoad({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [enabled, attempt]);

  return { load, reload: () => setAttempt((count) => count + 1) };
}
