/**
 * Keeps the element under a pressed pointer where it was until the pointer is released. A click
 * is a press and a release on the same element: when the panel moves between the two — the
 * workspace applies a `resize` late and the frame's inner scroll snaps back to the top, or a
 * block arrives above — the release lands on another element and the click is lost. While a
 * pointer is pressed, `panel` is shifted (a transform: no layout, no resize asked) by as much as
 * the pressed element moved, and set back once the click has been dispatched. Returns the
 * function that stops it.
 */
export function holdUnderPointer(panel: HTMLElement, view: Window = window): () => void {
  let pressed: { element: Element; top: number } | null = null;
  let offset = 0;
  const keep = () => {
    if (!pressed) return;
    const moved = pressed.element.getBoundingClientRect().top - pressed.top;
    if (Math.abs(moved) < 1) return;
    offset -= moved;
    panel.style.transform = `translateY(${offset}px)`;
  };
  const press = (event: PointerEvent) => {
    if (!(event.target instanceof Element) || !panel.contains(event.target)) return;
    pressed = { element: event.target, top: event.target.getBoundingClientRect().top };
  };
  const release = () => {
    if (!pressed) return;
    pressed = null;
    // After the click this release makes (dispatched from the same hit test): then the panel
    // goes back to where its layout puts it.
    view.setTimeout(() => {
      if (pressed) return;
      offset = 0;
      panel.style.transform = '';
    }, 0);
  };
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(keep);
  observer?.observe(panel);
  // The frame's own resize (the workspace applied a height, the inner scroll snapped back) and the
  // panel's (a block arrived above) both move what is pressed.
  const listeners = [['pointerdown', press], ['pointerup', release], ['pointercancel', release], ['resize', keep]] as const;
  for (const [type, listener] of listeners) view.addEventListener(type, listener as EventListener, true);
  return () => {
    observer?.disconnect();
    for (const [type, listener] of listeners) view.removeEventListener(type, listener as EventListener, true);
    panel.style.transform = '';
  };
}
