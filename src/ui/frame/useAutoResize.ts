import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { HostClient } from '../../host/types.ts';
import { holdUnderPointer } from './holdUnderPointer.ts';
import { observeHeight } from './observeHeight.ts';

/**
 * Keeps the sidebar iframe as tall as its content (observeHeight), from the view's first render,
 * and the element under a pressed pointer in place while the frame or the panel changes size
 * (holdUnderPointer).
 */
export function useAutoResize(host: HostClient, ref: RefObject<HTMLElement>): void {
  useEffect(() => {
    const panel = ref.current;
    if (!panel) return undefined;
    const stopObserving = observeHeight(host, panel);
    const stopHolding = holdUnderPointer(panel);
    return () => {
      stopObserving();
      stopHolding();
    };
  }, [host, ref]);
}
