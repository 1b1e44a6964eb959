const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab inside `container`, wrapping at either end. A modal <dialog> makes
 * the rest of its page inert, but inside an iframe Tab past its last control leaves for the
 * host page (Chromium): the agent would be behind a modal they cannot see.
 */
export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const controls = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => !(element as HTMLButtonElement).disabled && !element.closest('[hidden]'),
  );
  const [first, last] = [controls[0], controls.at(-1)];
  if (!first || !last) return;
  const active = document.activeElement;
  const outside = !container.contains(active);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
