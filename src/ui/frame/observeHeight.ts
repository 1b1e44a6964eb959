import type { HostClient } from '../../host/types.ts';

/**
 * Keeps the sidebar iframe as tall as `element`: reports its height to the host now and on every
 * change (ZAF `resize`). Returns the function that stops it. Until the view runs, the header
 * start-up painted shows in the height Zendesk gave the frame.
 */
export function observeHeight(host: HostClient, element: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
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
}
