import { ApiError } from './error.ts';
import type { Transport } from './transport.ts';

/**
 * Zendesk's per-user update limit, as its answers report it. Users API, "Update User" → Limits:
 * "5 requests per minute for each unique end user profile", with the header
 * `Zendesk-RateLimit-create-update-user: total={number}; remaining={number}; resets={number}`
 * ("Resets denotes the wait time in seconds before the limit refreshes").
 */
export interface UserLimit {
  total: number;
  remaining: number;
  /** Seconds until the allowance refreshes, counted from when the answer arrived. */
  resetsSeconds: number;
}

/** The header's name as the host relays it (headers arrive lower-cased). */
export const USER_LIMIT_HEADER = 'zendesk-ratelimit-create-update-user';

/**
 * Reads `total=5; remaining=0; resets=42`. Order, spacing, case and `,` for `;` are tolerated;
 * a value missing or not a whole number makes the header unreadable: null, and nothing is held.
 */
export function parseUserLimit(header: string | undefined): UserLimit | null {
  if (header === undefined) return null;
  const fields = new Map<string, number>();
  for (const part of header.split(/[;,]/)) {
    const match = /^\s*(\w+)\s*=\s*(\d+)\s*$/.exec(part);
    if (match?.[1] && match[2]) fields.set(match[1].toLowerCase(), Number(match[2]));
  }
  const total = fields.get('total');
  const remaining = fields.get('remaining');
  const resetsSeconds = fields.get('resets');
  if (total === undefined || remaining === undefined || resetsSeconds === undefined) return null;
  return { total, remaining, resetsSeconds };
}

/** `/api/v2/users/{id}` and anything below it: the user a request is about, else null. */
export function userOfPath(path: string): number | null {
  const match = /^\/api\/v2\/users\/(\d+)(?:[/.?]|$)/.exec(path);
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * Whether a request is one the limit governs: Zendesk documents the header and the limit on
 * Update User (`PUT /api/v2/users/{id}`), so only that change is ever held back. Other changes'
 * answers carrying the header still update what is known of the user.
 */
export function isUserUpdate(method: string, path: string): boolean {
  return method === 'PUT' && /^\/api\/v2\/users\/\d+(?:\.json)?$/.test(path);
}

/** What one app instance knows of each user's allowance: user id → limit and when it was read (ms). */
export interface UserLimits {
  /** Notes the header of an answer about `userId`, received at `nowMs`. */
  record(userId: number, limit: UserLimit, nowMs: number): void;
  /** Milliseconds until a change to `userId` may be sent; 0 when it may be sent now. */
  waitMs(userId: number, nowMs: number): number;
}

/** An empty record of allowances. */
export function createUserLimits(): UserLimits {
  const known = new Map<number, { limit: UserLimit; atMs: number }>();
  return {
    record(userId, limit, nowMs) {
      known.set(userId, { limit, atMs: nowMs });
    },
    waitMs(userId, nowMs) {
      const entry = known.get(userId);
      if (!entry || entry.limit.remaining > 0) return 0;
      return Math.max(0, entry.atMs + entry.limit.resetsSeconds * 1000 - nowMs);
    },
  };
}

/**
 * `transport` with each user's update allowance kept: a change's answer that reports the header
 * is recorded, and an Update User whose allowance Zendesk said is used up is not sent (sending
 * would only earn a 429) but rejected with a 'held' ApiError carrying the wait (ms). Only writes:
 * Zendesk documents the header on the answers to creating and updating users, and the app's
 * writes are all made after the first view (afterFirstView.ts), so this ships with them. One
 * record per app instance; `now` gives ms since the epoch.
 */
export function withUserLimits(transport: Transport, now: () => number = Date.now): Transport {
  const limits = createUserLimits();
  return {
    read: (path, call) => transport.read(path, call),
    async write(method, path, call = {}) {
      const userId = userOfPath(path);
      if (userId === null || call.signal?.aborted) return transport.write(method, path, call);
      const waitMs = isUserUpdate(method, path) ? limits.waitMs(userId, now()) : 0;
      if (waitMs > 0) throw new ApiError({ kind: 'held', status: 0, method, path, retryAfterMs: waitMs });
      return transport.write(method, path, {
        ...call,
        onHeaders(headers) {
          const limit = parseUserLimit(headers[USER_LIMIT_HEADER]);
          if (limit) limits.record(userId, limit, now());
          call.onHeaders?.(headers);
        },
      });
    },
  };
}
