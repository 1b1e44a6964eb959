import type { ApiError } from './error.ts';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  limit: number;
  statusCodes: readonly number[];
  /** A longer Retry-After is not waited out: the agent is told when to try again instead. */
  maxRetryAfterMs: number;
  backoffMs: (retry: number) => number;
}

export const READ_RETRY: RetryPolicy = {
  limit: 2,
  statusCodes: [429, 503],
  maxRetryAfterMs: 10_000,
  backoffMs: (retry) => 300 * 2 ** (retry - 1),
};

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** How long to wait before retry number `retry` (1-based), or null to give up. */
export function retryDelay(policy: RetryPolicy, retry: number, error: ApiError): number | null {
  if (retry > policy.limit) return null;
  if (error.kind === 'network') return policy.backoffMs(retry);
  if (error.kind !== 'http' || !policy.statusCodes.includes(error.status)) return null;
  if (error.retryAfterMs === undefined) return policy.backoffMs(retry);
  return error.retryAfterMs <= policy.maxRetryAfterMs ? error.retryAfterMs : null;
}

/** A wait that ends early, rejecting, when the signal aborts. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
