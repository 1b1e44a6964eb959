// Used by this folder's tests only: it needs node (msw/node), which the rest of the folder avoids.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createAccount, zendeskHandlers, type Account, type AccountOptions } from './index.ts';

export const origin = 'https://example.zendesk.com';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; throws when the body is not JSON. */
  json: () => Record<string, unknown>;
}

export interface Client {
  account: Account;
  /** The fake clock: move it with `clock.advance(ms)`. */
  clock: { now: number; advance: (ms: number) => void };
  get: (path: string, init?: RequestInit) => Promise<Reply>;
  put: (path: string, body?: unknown) => Promise<Reply>;
  post: (path: string, body?: unknown) => Promise<Reply>;
  del: (path: string) => Promise<Reply>;
}

/** Starts msw for the test file; `open()` gives each test a fresh account and a fake clock. */
export function useAccount() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  return {
    open(options: Omit<AccountOptions, 'now'> = {}): Client {
      const clock = {
        now: Date.parse('2024-06-03T09:00:00Z'),
        advance(ms: number) {
          clock.now += ms;
        },
      };
      const account = createAccount({ ...options, now: () => clock.now });
      server.resetHandlers(...zendeskHandlers(account));
      const send = async (method: string, path: string, body?: unknown, init: RequestInit = {}): Promise<Reply> => {
        const url = path.startsWith('http') ? path : `${origin}/api/v2/${path}`;
        const response = await fetch(url, {
          ...init,
          method,
          headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        const text = await response.text();
        return {
          status: response.status,
          headers: response.headers,
          text,
          json: () => JSON.parse(text) as Record<string, unknown>,
        };
      };
      return {
        account,
        clock,
        get: (path, init) => send('GET', path, undefined, init),
        put: (path, body) => send('PUT', path, body),
        post: (path, body) => send('POST', path, body),
        del: (path) => send('DELETE', path),
      };
    },
  };
}

/** Narrows a JSON value for assertions, failing loudly when it is not an object. */
export function obj(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`not an object: ${String(value)}`);
  return value as Record<string, unknown>;
}

export function list(value: unknown): Array<Record<string, unknown>> {
  if (!Array.isArray(value)) throw new Error(`not a list: ${String(value)}`);
  return value.map(obj);
}
