import type { HostClient } from '../host/types.ts';
import * as agents from './agents.ts';
import * as identities from './identities.ts';
import * as sessions from './sessions.ts';
import * as tickets from './tickets.ts';
import { createTransport } from './transport.ts';
import type { TransportOptions } from './transport.ts';
import * as users from './users.ts';

type Bound<F> = F extends (t: never, ...args: infer A) => infer R ? (...args: A) => R : never;
type BindAll<M> = { [K in keyof M]: Bound<M[K]> };

const operations = { ...users, ...identities, ...tickets, ...agents, ...sessions };

export type ZendeskApi = BindAll<typeof operations>;

/** The typed Zendesk API the features use; every call goes through the host's request proxy. */
export function createApi(host: HostClient, options: TransportOptions = {}): ZendeskApi {
  const transport = createTransport(host, options);
  const api: Record<string, unknown> = {};
  for (const [name, operation] of Object.entries(operations)) {
    api[name] = (...args: unknown[]) => (operation as (...all: unknown[]) => unknown)(transport, ...args);
  }
  return api as ZendeskApi;
}

export { ApiError, isApiError } from './error.ts';
export type { ApiErrorKind, FieldErrors } from './error.ts';
export type * from './types.ts';
export type { CurrentAgent, CustomRole } from './agents.ts';
export { KNOWN_IDENTITY_TYPES } from './types.ts';
export { endlessIdentityPages } from './shape.ts';
export type { IdentityPage } from './identities.ts';
