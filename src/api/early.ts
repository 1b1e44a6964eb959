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
