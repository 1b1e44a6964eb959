/**
 * Brings `element` into the visible part of the agent workspace's apps column with the least
 * scroll there is (`block: 'nearest'`: nothing moves when it is already in view), once the frame
 * is as tall as its content. Returns the function that stops waiting.
 *
 * Why wait: each app frame is as tall as it asks (ZAF `resize`, sent by observeHeight) inside a
 * column that scrolls, and the frame cannot see that column's scroll position. Something that
 * just unfolded first lies below the frame's bottom, until the host has applied the new height;
 * scrolled into view then, the frame's own page would scroll and jump back when the frame grows.
 * The browser carries the scroll on to the column around the frame. The frame's window fires
 * `resize` when the host applies the height; a host that has not by `timeoutMs` ms (a busy agent
 * machine can take a second or more) gets the frame's own page scrolled meanwhile, and the column
 * is still brought along once the height arrives.
 */
export function revealInColumn(element: HTMLElement, timeoutMs = 4_000): () => void {
  const page = element.ownerDocument.documentElement;
  const view = element.ownerDocument.defaultView;
  const reveal = () => element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  const fits = () => !view || page.scrollHeight <= view.innerHeight + 1;
  if (fits()) {
    reveal();
    return () => undefined;
  }
  const done = () => {
    view?.removeEventListener('resize', grown);
    clearTimeout(timer);
  };
  const grown = () => {
    if (!fits()) return;
    done();
    reveal();
  };
  const timer = setTimeout(reveal, timeoutMs);
  view?.addEventListener('resize', grown);
  return done;
}
