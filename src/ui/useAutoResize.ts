import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { HostClient } from '../host/types.ts';
import { observeHeight } from './observeHeight.ts';

/** Keeps the sidebar iframe as tall as its content (observeHeight), from the view's first render. */
export function useAutoResize(host: HostClient, ref: RefObject<HTMLElement>): void {
  useEffect(() => (ref.current ? observeHeight(host, ref.current) : undefined), [host, ref]);
}
