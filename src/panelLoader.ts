import { useEffect, useState } from 'preact/hooks';

import type * as PanelExports from './panel.tsx';

export type PanelModule = typeof PanelExports;

let pending: Promise<PanelModule> | undefined;
// What has already arrived, so that a panel rendered after start-up readied it shows at once
// instead of one render later.
let loaded: PanelModule | undefined;

/** Starts (once) loading the panel chunk; start-up calls it as soon as the first reads have left. */
export function loadPanel(): Promise<PanelModule> {
  pending ??= import('./panel.tsx').then((module) => (loaded = module));
  const current = pending;
  // A failed chunk load may succeed later (a network blip): do not keep the rejection.
  current.catch(() => {
    if (pending === current) pending = undefined;
  });
  return current;
}

export type PanelState = { status: 'loading' } | { status: 'ready'; module: PanelModule } | { status: 'failed'; retry: () => void };

export function usePanel(): PanelState {
  const [state, setState] = useState<PanelState>(() => (loaded ? { status: 'ready', module: loaded } : { status: 'loading' }));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    // Rendered after the panel had arrived: nothing to wait for. (It may arrive between the first
    // render and this effect: then the promise below reports it.)
    if (state.status === 'ready') return undefined;
    let live = true;
    loadPanel().then(
      (module) => live && setState({ status: 'ready', module }),
      () => live && setState({ status: 'failed', retry: () => {
        setState({ status: 'loading' });
        setAttempt((n) => n + 1);
      } }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return state;
}
