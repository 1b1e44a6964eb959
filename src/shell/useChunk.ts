import { useEffect, useState } from 'preact/hooks';
import type { Chunk } from './chunk.ts';

/** A chunk as a view sees it: on its way, here, or failed with the way to try again. */
export type ChunkState<T> =
  | { status: 'waiting' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; retry: () => void };

/**
 * The chunk's state for a view, loading it once `wanted` is true (the shell's schedule says when,
 * src/shell/schedule.ts). Already here, it is ready from the first render; a failure offers a
 * retry, which loads it again.
 */
export function useChunk<T>(lazy: Chunk<T>, wanted = true): ChunkState<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ChunkState<T>>(() => {
    const value = lazy.loaded();
    return value === undefined ? { status: 'waiting' } : { status: 'ready', value };
  });
  useEffect(() => {
    if (state.status !== 'waiting' || !wanted) return undefined;
    let live = true;
    lazy.load().then(
      (value) => live && setState({ status: 'ready', value }),
      () => live && setState({ status: 'failed', retry: () => {
        setState({ status: 'waiting' });
        setAttempt((count) => count + 1);
      } }),
    );
    return () => {
      live = false;
    };
  }, [lazy, wanted, state.status, attempt]);
  return state;
}
