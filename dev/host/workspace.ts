/**
 * How the agent workspace around the app looks: its colour scheme and the apps column's width.
 * Zendesk's agent workspace has a light and a dark scheme (ZAF, "Dark mode"): it puts the scheme
 * in the app frame's address when the frame first loads (`colorScheme=light|dark`), answers it as
 * the `colorScheme` property, and sends an event when the agent switches. Sidebar apps are as wide
 * as the column, which the agent can widen.
 */
export const colorSchemes = ['light', 'dark'] as const;
export type ColorScheme = (typeof colorSchemes)[number];

/** The event the workbench sends on a switch: the spelling Zendesk's own apps subscribe to. */
export const SCHEME_EVENT = 'colorScheme.changed';

/** Widths of the apps column the workbench offers, in px; 320 is the workspace's default. */
export const columnWidths = [280, 320, 400, 600] as const;
export const DEFAULT_WIDTH = 320;

export function schemeFrom(value: string | null): ColorScheme {
  return value === 'dark' ? 'dark' : 'light';
}

/** A width in px from a link, kept between the narrowest and widest column offered. */
export function widthFrom(value: string | null): number {
  const width = Number(value);
  if (value === null || !Number.isFinite(width) || width <= 0) return DEFAULT_WIDTH;
  return Math.min(600, Math.max(280, Math.round(width)));
}

/**
 * The app frame's address as the agent workspace writes it: the app's page with `origin` and
 * `app_guid` (what the SDK needs) and the scheme at the time the frame loads.
 */
export function frameAddress(pageUrl: string, hostOrigin: string, appGuid: string, scheme: ColorScheme): URL {
  const src = new URL(pageUrl);
  src.searchParams.set('origin', hostOrigin);
  src.searchParams.set('app_guid', appGuid);
  src.searchParams.set('colorScheme', scheme);
  return src;
}
