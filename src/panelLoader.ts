import { useEffect, useState } from 'preact/hooks';
import { currentLocale, loadMessages } from './i18n/index.ts';

import type * as PanelExports from './panel.tsx';

export type PanelModule = typeof PanelExports;

let pending: Promise<PanelModule> | undefined;
// What has already arrived, so that a panel rendered after start-up readied it shows at once
// instead of one render later.
let loaded: PanelModule | undefined;
let stringsFor: string | undefined;

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

/** Loads the panel's strings for the current language (English beneath). */
export function loadAppStrings(): Promise<void> {
  const locale = currentLocale();
  return loadMessages('app').then(() => {
    stringsFor = locale;
  });
}

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

/**
 * Whether the panel's strings have arrived. The panel mounts (and starts its reads) without
 * waiting for them, and shows its sections once they are here.
 */
export function useAppStrings(): boolean {
  const [ready, setReady] = useState(() => stringsFor === currentLocale());
  useEffect(() => {
    if (ready) return undefined;
    let live = true;
    // A failed download leaves English keys' fallbacks: better than no panel at all.
    const done = () => live && setReady(true);
    loadAppStrings().then(done, done);
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
