import { describe, expect, it } from 'vitest';
import { ApiError } from './error.ts';
import { READ_RETRY, parseRetryAfter, retryDelay, wait } from './retry.ts';

const httpError = (status: number, retryAfterMs?: number) =>
  new ApiError({ kind: 'http', status, method: 'GET', path: '/api/v2/users/1', retryAfterMs });

describe('parseRetryAfter', () => {
  it('reads seconds', () => expect(parseRetryAfter('7', 0)).toBe(7000));
  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('Sun, 22 Nov 2026 10:00:00 GMT');
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
  });
  it('never answers a negative wait for a past date', () => {
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:00:00 GMT', Date.parse('Sun, 22 Nov 2026 10:00:00 GMT'))).toBe(0);
  });
  it('ignores an absent or unreadable header', () => {
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  it('waits out Retry-After on 429 and 503', () => {
    expect(retryDelay(READ_RETRY, 1, httpError(429, 2000))).toBe(2000);
    expect(retryDelay(READ_RETRY, 1, httpError(503, 1000))).toBe(1000);
  });
  it('backs off exponentially without Retry-After', () => {
    expect(retryDelay(READ_RETRY, 1, httpError(503))).toBe(300);
    expect(retryDelay(READ_RETRY, 2, httpError(503))).toBe(600);
  });
  it('gives up after two retries', () => expect(retryDelay(READ_RETRY, 3, httpError(429, 10))).toBeNull());
  it('gives up when Retry-After is longer than the cap, so the agent can be told when', () => {
    expect(retryDelay(READ_RETRY, 1, httpError(429, 60_000))).toBeNull();
  });
  it('does not retry refusals or server bugs other than 503', () => {
    for (const status of [400, 403, 404, 422, 500]) expect(retryDelay(READ_RETRY, 1, httpError(status))).toBeNull();
  });
  it('retries a network failure but not a timeout or a malformed answer', () => {
    const base = { status: 0, method: 'GET', path: '/x' };
    expect(retryDelay(READ_RETRY, 1, new ApiError({ ...base, kind: 'network' }))).toBe(300);
    expect(retryDelay(READ_RETRY, 1, new ApiError({ ...base, kind: 'timeout' }))).toBeNull();
    expect(retryDelay(READ_RETRY, 1, new ApiError({ ...base, status: 200, kind: 'malformed' }))).toBeNull();
  });
});

describe('wait', () => {
  it('rejects at once when its signal aborts', async () => {
    const controller = new AbortController();
    const pending = wait(60_000, controller.signal);
    controller.abort(new Error('requester changed'));
    await expect(pending).rejects.toThrow('requester changed');
  });
});
