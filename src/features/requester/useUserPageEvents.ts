import { useEffect, useRef } from 'preact/hooks';
import type { HostClient, HostEvents } from '../../host/types.ts';
import { throttle } from './throttle.ts';

/**
 * The user sidebar's events for what the panel shows (ZAF Support API, "User sidebar" → Events:
 * user.name.changed, user.email.changed, user.avatarUrl.changed, user.role.changed,
 * user.organizations.changed, user.externalId.changed). Identities come with the email.
 */
export const USER_PAGE_EVENTS = [
  'user.name.changed',
  'user.email.changed',
  'user.avatarUrl.changed',
  'user.role.changed',
  'user.organizations.changed',
  'user.externalId.changed',
] as const satisfies readonly (keyof HostEvents)[];

/** At most one re-read a second, however many fields the agent changes on the profile page. */
const INTERVAL_MS = 1_000;

/**
 * In the user sidebar, follows the profile page beside it: when the agent changes the user there,
 * `refresh` re-reads what changed. Other locations have no such events.
 */
export function useUserPageEvents(host: HostClient, refresh: () => void): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  const inUserSidebar = host.context.location === 'user_sidebar';
  useEffect(() => {
    if (!inUserSidebar) return undefined;
    const limiter = throttle(() => latest.current(), INTERVAL_MS);
    const offs = USER_PAGE_EVENTS.map((event) => host.on(event, limiter.trigger));
    return () => {
      limiter.cancel();
      for (const off of offs) off();
    };
  }, [host, inUserSidebar]);
}
