import type { Organization, RequesterDetails } from './types.ts';

// The guard for the requester's context, read with the profile. Lenient where Zendesk may leave a
// field out (tags without user tagging, a null time zone), strict where a wrong value would be shown.

type Loose = Record<string, unknown>;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * The user's organizations, the default one (`organization_id`) first. Zendesk's docs do not say
 * whether the `organizations` sideload of a single user names every membership or only the
 * default one, so the list counts as complete only when it has no default, or names more than it.
 */
export function parseRequesterDetails(user: Loose, organizations: ReadonlyMap<number, string>): RequesterDetails {
  const defaultId = typeof user['organization_id'] === 'number' && user['organization_id'] > 0 ? user['organization_id'] : null;
  const named: Organization[] = [...organizations].map(([id, name]) => ({ id, name }));
  const ordered = [...named.filter((org) => org.id === defaultId), ...named.filter((org) => org.id !== defaultId)];
  const tags = Array.isArray(user['tags']) ? user['tags'].filter((tag): tag is string => typeof tag === 'string') : [];
  return {
    organizations: ordered,
    organizationsComplete: defaultId === null || (ordered.length > 1 && ordered[0]?.id === defaultId),
    defaultOrganizationId: defaultId,
    ianaTimeZone: text(user['iana_time_zone']),
    timeZone: text(user['time_zone']),
    tags,
    notes: typeof user['notes'] === 'string' ? user['notes'] : '',
    details: typeof user['details'] === 'string' ? user['details'] : '',
    lastLoginAt: text(user['last_login_at']),
    locale: text(user['locale']),
  };
}
