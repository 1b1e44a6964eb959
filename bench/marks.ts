/**
 * Runs in every frame before any of its scripts (Playwright init script). The host page notes
 * when the app iframe is created. The app's frame notes, on its own clock, the moments of the
 * ZAF protocol that matter to the first view, whatever page it is (the app, the SDK reference or
 * the raw one) — all three post their messages as JSON text, so the marks watch JSON.stringify
 * for the outgoing ones and a message listener, attached before any of the page's, for the
 * answers:
 * - handshake: `iframe.handshake` is posted;
 * - reads: the second `request:N` is posted (the first view's two reads are out);
 * - answers: the second `zaf.request:N.done|fail` arrives;
 * - header / full: the first animation frame after the header, then the counts and
 *   identities, entered the DOM;
 * - actions: the first animation frame after Access's button (Suspend, in any language) could be
 *   pressed: the first action an agent can take (the app only; the references have none);
 * - files: every URL the frame had fetched (its page, then resource timing) by the full mark;
 *   panelFiles: the same at the actions mark (the whole panel: its later chunks and strings too).
 * Times are epoch milliseconds (timeOrigin + now), comparable across frames.
 */
export const MARKS_SCRIPT = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const marks = {};
  window.__benchMarks = marks;
  if (window !== top) {
    let sent = 0;
    let answered = 0;
    const stringify = JSON.stringify;
    JSON.stringify = function (value, ...rest) {
      const key = value && typeof value === 'object' ? value.key : undefined;
      if (key === 'iframe.handshake' && marks.handshake === undefined) marks.handshake = now();
      if (typeof key === 'string' && /^request:\\d+$/.test(key) && ++sent === 2) marks.reads = now();
      return stringify.call(this, value, ...rest);
    };
    addEventListener('message', (event) => {
      if (typeof event.data !== 'string' || !/"key":"zaf\\.request:\\d+\\.(done|fail)"/.test(event.data)) return;
      if (++answered === 2) marks.answers = now();
    }, true);
  }
  const files = () => [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
  const onFrame = (name, then) => requestAnimationFrame(() => { marks[name] = now(); if (then) then(); });
  const check = () => {
    if (window === top) {
      if (!marks.iframe && document.querySelector('#app-frame iframe')) marks.iframe = now();
      return;
    }
    if (!marks.seenHeader && document.querySelector('h1')) { marks.seenHeader = true; onFrame('header'); }
    if (!marks.seenFull && document.querySelector('[data-count="requested"] dd') && document.querySelector('[data-identity-id]')) {
      marks.seenFull = true;
      onFrame('full', () => { marks.files = files(); });
    }
    if (!marks.seenActions && document.querySelector('section[aria-labelledby="access-heading"] button:not([disabled]):not([aria-disabled="true"])')) {
      marks.seenActions = true;
      onFrame('actions', () => { marks.panelFiles = files(); });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'aria-disabled'] });
})();`;

export interface Marks {
  iframe?: number;
  handshake?: number;
  reads?: number;
  answers?: number;
  header?: number;
  full?: number;
  actions?: number;
  files?: string[];
  panelFiles?: string[];
}
