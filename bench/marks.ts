/**
 * Runs in every frame before any of its scripts (Playwright init script). The host page notes
 * when the app iframe is created; the app's frame notes when the header, and then the counts
 * and identities, are on screen (the first animation frame after they enter the DOM).
 * Times are epoch milliseconds (timeOrigin + now), comparable across frames.
 */
export const MARKS_SCRIPT = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const marks = {};
  window.__benchMarks = marks;
  const onFrame = (name) => requestAnimationFrame(() => { marks[name] = now(); });
  const check = () => {
    if (window === top) {
      if (!marks.iframe && document.querySelector('#app-frame iframe')) marks.iframe = now();
      return;
    }
    if (!marks.seenHeader && document.querySelector('h1')) { marks.seenHeader = true; onFrame('header'); }
    if (!marks.seenFull && document.querySelector('[data-count="requested"] dd') && document.querySelector('[data-identity-id]')) {
      marks.seenFull = true;
      onFrame('full');
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
})();`;

export interface Marks {
  iframe?: number;
  header?: number;
  full?: number;
}
