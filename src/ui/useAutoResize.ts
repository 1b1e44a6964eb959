import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { HostClient } from '../host/types.ts';
import { loadPanel } from '../panelLoader.ts';

/**
 * Keeps the sidebar iframe as tall as its content. The observer itself (observeHeight) comes with
 * the panel chunk, which the page preloads: the first paint does not carry it.
 */
export function useAutoResize(host: HostClient, ref: RefObject<HTMLElement>): void {
  useEffect(() => {
    let live = true;
    let stop = () => undefined as void;
    loadPanel().then((panel) => {
      if (live && ref.current) stop = panel.observeHeight(host, ref.current);
    }, () => undefined);
    return () => {
      live = false;
      stop();
    };
  }, [host, ref]);
}
