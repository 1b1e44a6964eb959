import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type ActionState<R> =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'done'; result: R }
  | { status: 'error'; error: unknown };

export interface Action<A extends unknown[], R> {
  state: ActionState<R>;
  /** Starts the action unless one is already in flight; resolves with the result, or undefined if refused or failed. */
  run: (...args: A) => Promise<R | undefined>;
  reset: () => void;
}

/**
 * Runs a change exactly once however fast it is triggered: the in-flight guard is a ref,
 * set synchronously, so a second click before the next render is refused.
 */
export function useAction<A extends unknown[], R>(perform: (...args: A) => Promise<R>): Action<A, R> {
  const [state, setState] = useState<ActionState<R>>({ status: 'idle' });
  const inFlight = useRef(false);
  const mounted = useRef(true);
  const performRef = useRef(perform);
  performRef.current = perform;
  useEffect(() => () => {
    mounted.current = false;
  }, []);

  const run = useCallback(async (...args: A) => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setState({ status: 'pending' });
    try {
      const result = await performRef.current(...args);
      if (mounted.current) setState({ status: 'done', result });
      return result;
    } catch (error) {
      if (mounted.current) setState({ status: 'error', error });
      return undefined;
    } finally {
      inFlight.current = false;
    }
  }, []);

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, run, reset };
}
