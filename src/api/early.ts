import type { HostClient, HostResponse } from '../host/types.ts';

// The first view's two reads, as the API layer words them. Start-up sends them as soon as it
// knows the requester, before the panel's code has arrived; the panel then picks up the answers
// instead of asking again. Kept tiny: it ships in the first-paint bundle.
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

const early = new Map<string, Promise<HostResponse>>();

export function readEarly(host: HostClient, userId: number, timeoutMs: number): void {
  for (const url of [buildUrl(`${userPath(userId)}.json`, PROFILE_QUERY), `${userPath(userId)}/related.json`]) {
    early.set(url, host.request({ url, type: 'GET', timeoutMs }));
  }
}

/** The answer to a read start-up already sent, once; later reads of the same URL ask again. */
export function takeEarly(url: string): Promise<HostResponse> | undefined {
  const answer = early.get(url);
  early.delete(url);
  return answer;
}
