import { useEffect, useState } from 'preact/hooks';
import { loadLaterOperations } from '../../api/index.ts';
import type * as Actions from './RequesterActions.tsx';

export type ActionsModule = typeof Actions;
export type ActionsState = { status: 'waiting' } | { status: 'ready'; module: ActionsModule } | { status: 'failed'; retry: () => void };

let pending: Promise<ActionsModule> | undefined;
// Once here, a panel for the next requester has its actions from its first render.
let loaded: ActionsModule | undefined;

/**
 * Loads (once) the actions chunk, the strings it shows and the API operations it calls (writes,
 * searches: not part of the first view's chunks). The panel calls it after the first view has
 * painted; once it has arrived, every later panel has its actions from its first render, and no
 * click waits for a download.
 */
export function loadActions(): Promise<ActionsModule> {
  // Named one by one, not kept as the module: the bundler then needs no module object (and no
  // helper shared with the view's chunk, one more file in the first view) to hand them over.
  pending ??= Promise.all([
    import('./RequesterActions.tsx').then(({ ContextSlot, EditableIdentities, MergeOutcome, Sections, loadLaterStrings }) => (
      { ContextSlot, EditableIdentities, MergeOutcome, Sections, loadLaterStrings }
    )),
    loadLaterOperations(),
  ]).then(async ([module]) => {
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
 * The actions chunk, once it has arrived (undefined before). What only follows from an action
 * (a merge's outcome) can take it from here: that action was in it.
 */
export function loadedActions(): ActionsModule | undefined {
  return loaded;
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
