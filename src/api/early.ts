// The first view's reads, as the API layer words them. Start-up sends them as soon as it knows the
// requester, before the panel's code has arrived (src/startup.ts); the API builds the same URLs
// when the panel asks, and the host hands it those answers. Kept tiny and free of imports: it also
// ships inline in iframe.html.
export const PROFILE_QUERY = { include: 'identities,organizations' } as const;

export function userPath(userId: number): string {
  return `/api/v2/users/${encodeURIComponent(String(userId))}`;
}

export type Query = Readonly<Record<string, string | number | undefined>>;

export function buildUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * The URLs of the first view's two reads for a user: the profile with identities and
 * organizations (users.ts `showProfile`), and the related counts (`showRelated`).
 */
export function firstViewReads(userId: number): string[] {
  return [buildUrl(`${userPath(userId)}.json`, PROFILE_QUERY), `${userPath(userId)}/related.json`];
}

/** `GET /api/v2/users/me` (agents.ts `showCurrentAgent`). */
export const CURRENT_AGENT_PATH = '/api/v2/users/me.json';
/** `GET /api/v2/custom_roles` (agents.ts `listCustomRoles`). */
export const CUSTOM_ROLES_PATH = '/api/v2/custom_roles.json';

/**
 * Whether ZAF's `currentUser.role` names a custom role: it says "admin" or "agent" otherwise,
 * light agents included (developer.zendesk.com, Apps Support API, "All locations" → User object, `role`).
 */
export function namesCustomRole(hostRole: string | null): hostRole is string {
  return hostRole !== null && hostRole !== '' && hostRole !== 'admin' && hostRole !== 'agent';
}

/**
 * The URL of the role read's first request (features/permissions/standingStore.ts `read`): the
 * account's custom roles when ZAF names a custom role, `/users/me` otherwise.
 */
export function roleRead(hostRole: string | null): string {
  return namesCustomRole(hostRole) ? CUSTOM_ROLES_PATH : CURRENT_AGENT_PATH;
}
