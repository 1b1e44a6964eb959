import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { HostClient } from '../host/types.ts';

/** Keeps the sidebar iframe as tall as its content. */
export function useAutoResize(host: HostClient, ref: RefObject<HTMLElement>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      host.invoke('resize', { height: `${height}px` }).catch(() => undefined);
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [host, ref]);
}
