import type { HostClient, HostResponse } from '../host/types.ts';
import { buildUrl } from './early.ts';
import type { Query } from './early.ts';
import { ApiError, zendeskErrorBody } from './error.ts';
import type { ApiErrorKind } from './error.ts';
import { READ_RETRY, parseRetryAfter, retryDelay, wait } from './retry.ts';
import type { RetryPolicy } from './retry.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface CallOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Called with the answer's headers (names lower-cased) when one arrives, whatever its status. */
  onHeaders?: ((headers: Readonly<Record<string, string>>) => void) | undefined;
}

export interface TransportOptions {
  timeoutMs?: number;
  retry?: RetryPolicy;
  now?: () => number;
}

export interface Transport {
  /** A GET, retried per the read policy; resolves with the parsed JSON body. */
  read(path: string, options?: CallOptions): Promise<unknown>;
  /** A change, sent exactly once; resolves with the parsed body, or null for 204. */
  write(method: Exclude<Method, 'GET'>, path: string, options?: CallOptions): Promise<unknown>;
}


function abortError(method: string, path: string): ApiError {
  return new ApiError({ kind: 'aborted', status: 0, method, path });
}

function parseBody(response: HostResponse): { ok: true; value: unknown } | { ok: false } {
  if (response.body === null || response.body.trim() === '') {
    return { ok: true, value: response.json ?? null };
  }
  try {
    return { ok: true, value: JSON.parse(response.body) as unknown };
  } catch {
    return { ok: false };
  }
}

export function createTransport(host: HostClient, options: TransportOptions = {}): Transport {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const policy = options.retry ?? READ_RETRY;
  const now = options.now ?? Date.now;

  async function once(method: Method, path: string, call: CallOptions): Promise<unknown> {
    const fail = (kind: ApiErrorKind, status: number) => new ApiError({ kind, status, method, path });
    if (call.signal?.aborted) throw abortError(method, path);

    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(fail('timeout', 0)), timeoutMs);
    });
    const url = buildUrl(path, call.query);
    const request: Parameters<HostClient['request']>[0] = { url, type: method, timeoutMs };
    if (call.body !== undefined) {
      request.data = JSON.stringify(call.body);
      request.contentType = 'application/json';
    }
    let response: HostResponse;
    try {
      response = await Promise.race([host.request(request), timeout]);
    } catch (error) {
      throw error instanceof ApiError ? error : fail('network', 0);
    } finally {
      clearTimeout(timer);
    }
    // An answer that arrives after the caller moved on must not be acted upon.
    if (call.signal?.aborted) throw abortError(method, path);

    if (response.status === 0) throw fail('network', 0);
    call.onHeaders?.(response.headers);
    const parsed = parseBody(response);
    if (response.status < 200 || response.status >= 300) {
      throw new ApiError({
        kind: 'http',
        status: response.status,
        method,
        path,
        ...(parsed.ok ? zendeskErrorBody(parsed.value) : {}),
        retryAfterMs: parseRetryAfter(response.headers['retry-after'], now()),
      });
    }
    if (!parsed.ok) throw fail('malformed', response.status);
    return parsed.value;
  }

  return {
    async read(path, call = {}) {
      for (let retry = 1; ; retry++) {
        try {
          return await once('GET', path, call);
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          const delay = retryDelay(policy, retry, error);
          if (delay === null) throw error;
          try {
            await wait(delay, call.signal);
          } catch {
            throw abortError('GET', path);
          }
        }
      }
    },
    write(method, path, call = {}) {
      return once(method, path, call);
    },
  };
}
