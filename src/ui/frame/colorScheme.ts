import type { HostClient } from '../../host/types.ts';

/** The agent workspace's two schemes, as ZAF names them. */
export type ColorScheme = 'light' | 'dark';

/**
 * The host events that may announce a new scheme. ZAF's "Dark mode" guide names a `colorScheme`
 * event; Zendesk's own generated apps subscribe to `colorScheme.changed`, the form every other ZAF
 * property event has. Both are followed: whichever the host sends, the panel follows it, and the
 * same scheme twice changes nothing.
 */
export const SCHEME_EVENTS = ['colorScheme.changed', 'colorScheme'] as const;

/**
 * Reads a scheme from what the host says: the string itself (the event's payload), or an object
 * carrying it under `colorScheme` (the shape of a `get` answer). `null` for anything else, so an
 * unknown value never turns the panel dark or light by accident.
 */
export function schemeOf(value: unknown): ColorScheme | null {
  const inner = typeof value === 'object' && value !== null && 'colorScheme' in value ? (value as { colorScheme: unknown }).colorScheme : value;
  return inner === 'dark' || inner === 'light' ? inner : null;
}

/**
 * The scheme in the frame's address. ZAF, "Dark mode": when the app's iframe first loads, its src
 * carries `colorScheme=light` or `dark`, readable before the SDK has connected. `null` without it.
 */
export function schemeFromAddress(href: string): ColorScheme | null {
  try {
    return schemeOf(new URL(href).searchParams.get('colorScheme'));
  } catch {
    return null;
  }
}

/**
 * Shows `scheme`: the page's colours are custom properties under `data-color-scheme` on <html>
 * (styles.css), so one attribute recolours everything, the header start-up painted included.
 * The CSS `color-scheme` (native checkboxes, scrollbars) is set here rather than in the
 * stylesheet, whose build would add a polyfill's variables to the first paint for it.
 */
export function applyScheme(scheme: ColorScheme, root: HTMLElement = document.documentElement): void {
  if (root.dataset['colorScheme'] === scheme) return;
  root.dataset['colorScheme'] = scheme;
  root.style.colorScheme = scheme;
}

/**
 * Before the first paint: the scheme from the frame's address, if it names one (otherwise the
 * stylesheet's light scheme stays). Call it synchronously from the page's first script.
 */
export function showSchemeFromAddress(href: string, root?: HTMLElement): void {
  const scheme = schemeFromAddress(href);
  if (scheme) applyScheme(scheme, root);
}

/**
 * Once connected: asks the host for its `colorScheme` property (a message to the host, not an API
 * request) and follows the change events from then on. A host that knows no such property or event
 * leaves the scheme from the address as it is. Returns the function that stops following.
 */
export function followScheme(host: HostClient, root?: HTMLElement): () => void {
  const show = (value: unknown) => {
    const scheme = schemeOf(value);
    if (scheme) applyScheme(scheme, root);
  };
  let current = true;
  // An event that arrived meanwhile is newer than the property's answer: that answer then stays unused.
  let heard = false;
  const stops = SCHEME_EVENTS.map((event) => host.on(event, (value) => {
    heard = true;
    show(value);
  }));
  host.get('colorScheme').then((value) => {
    if (current && !heard) show(value);
  }, () => undefined);
  return () => {
    current = false;
    for (const stop of stops) stop();
  };
}
