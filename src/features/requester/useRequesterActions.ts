import { useEffect, useState } from 'preact/hooks';
import type * as Actions from './RequesterActions.tsx';

export type ActionsModule = typeof Actions;
export type ActionsState = { status: 'waiting' } | { status: 'ready'; module: ActionsModule } | { status: 'failed'; retry: () => void };

let pending: Promise<ActionsModule> | undefined;
// Once here, a panel for the next requester has its actions from its first render.
let loaded: ActionsModule | undefined;

/** The actions chunk, once it has arrived (a merge, made there, implies it has). */
export const loadedActions = (): ActionsModule | undefined => loaded;

/**
 * Loads (once) the actions chunk and the strings it shows. The panel calls it after the first
 * view has painted; once it has arrived, every later panel has its actions from its first render.
 */
export function loadActions(): Promise<ActionsModule> {
  pending ??= import('./RequesterActions.tsx').then(async (module) => {
    await module.loadLaterStrings().catch(() => undefined);
    return (loaded = module);
  });
  const current = pending;
  // A failed chunk load may succeed later (a network blip): do not keep the rejection.
  current.catch(() => {
    if (pending === current) pending = undefined;
  });
  return current;
}

/**
 * The panel's actions (RequesterActions.tsx). `painted` says the counts and the identities are on
 * screen: the chunk is imported only then, after the browser has painted them, so that nothing
 * but the first view is downloaded before that paint. The page does not preload it.
 */
export function useRequesterActions(painted: boolean): ActionsState {
  const [state, setState] = useState<ActionsState>(() => (loaded ? { status: 'ready', module: loaded } : { status: 'waiting' }));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (state.status === 'ready' || !painted) return undefined;
    let live = true;
    const load = () => loadActions().then(
      (module) => live && setState({ status: 'ready', module }),
      () => live && setState({ status: 'failed', retry: () => {
        setState({ status: 'waiting' });
        setAttempt((n) => n + 1);
      } }),
    );
    // After the next frame is painted: a task queued from an animation frame runs after the paint.
    const frame = requestAnimationFrame(() => setTimeout(() => void load(), 0));
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [painted, attempt]);
  return state;
}
