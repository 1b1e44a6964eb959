import { useEffect, useState } from 'preact/hooks';
import { loadMessages } from './i18n/index.ts';

import type * as PanelExports from './panel.tsx';

export type PanelModule = typeof PanelExports;

let pending: Promise<PanelModule> | undefined;

/** Starts (once) loading the panel chunk; start-up calls it as soon as the first reads have left. */
export function loadPanel(): Promise<PanelModule> {
  pending ??= import('./panel.tsx');
  const current = pending;
  // A failed chunk load may succeed later (a network blip): do not keep the rejection.
  current.catch(() => {
    if (pending === current) pending = undefined;
  });
  return current;
}

export type PanelState = { status: 'loading' } | { status: 'ready'; module: PanelModule } | { status: 'failed'; retry: () => void };

export function usePanel(): PanelState {
  const [state, setState] = useState<PanelState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
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

/**
 * Whether the panel's strings have arrived. The panel mounts (and starts its reads) without
 * waiting for them, and shows its sections once they are here.
 */
export function useAppStrings(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    // A failed download leaves English keys' fallbacks: better than no panel at all.
    const done = () => live && setReady(true);
    loadMessages('app').then(done, done);
    return () => {
      live = false;
    };
  }, []);
  return ready;
}
