import type { HostClient } from '../host/types.ts';
import { chunk } from '../shell/chunk.ts';
import { listCustomRoles, showCurrentAgent } from './agents.ts';
import { ApiError } from './error.ts';
import { listIdentityPage } from './identities.ts';
import type * as Later from './afterFirstView.ts';
import { createTransport } from './transport.ts';
import type { Transport, TransportOptions } from './transport.ts';
import { showProfile, showRelated } from './users.ts';

type Bound<F> = F extends (t: never, ...args: infer A) => infer R ? (...args: A) => R : never;
type BindAll<M> = { [K in keyof M]: Bound<M[K]> };

/** The first view's reads, and the permission read right after them: in the view's chunk. */
const first = { showProfile, showRelated, listIdentityPage, showCurrentAgent, listCustomRoles };

type LaterModule = typeof Later;
/** The later module's API operations: all its exports but the writes' guard. */
type LaterName = Exclude<keyof LaterModule, 'withUserLimits'>;

/**
 * The names of the operations in afterFirstView.ts, known before it loads; a name missing here or not
 * exported there fails the type check.
 */
const LATER: Record<LaterName, true> = {
  addPrivateNote: true, listUserTickets: true, deleteSessions: true, autocompleteUsers: true, listUserOrganizations: true,
  mergeUsers: true, searchUsers: true, showManyUsers: true, showUser: true, updateUser: true, createIdentity: true,
  deleteIdentity: true, listIdentities: true, makePrimary: true, requestVerification: true, updateIdentity: true, verifyIdentity: true,
};

export type ZendeskApi = BindAll<typeof first> & BindAll<Pick<LaterModule, LaterName>>;

/**
 * The operations used after the first view (afterFirstView.ts), one chunk: the panel's actions
 * load it with theirs, so that a click does not wait for it; an operation called first loads it.
 */
export const laterOperations = chunk(() => import('./afterFirstView.ts'), (module): LaterModule => module);

/**
 * Runs one of the later operations. The chunk's download failing means the request never left:
 * the caller gets an 'unsent' ApiError, which no one may read as a change that may have happened.
 */
async function runLater(transport: (module: LaterModule) => Transport, name: LaterName, args: unknown[]): Promise<unknown> {
  let module: LaterModule;
  try {
    module = await laterOperations.load();
  } catch {
    throw new ApiError({ kind: 'unsent', status: 0, method: 'GET', path: `assets (${name})` });
  }
  return (module[name] as (...all: unknown[]) => unknown)(transport(module), ...args);
}

/** The typed Zendesk API the features use; every call goes through the host's request proxy. */
export function createApi(host: HostClient, options: TransportOptions = {}): ZendeskApi {
  const transport = createTransport(host, options);
  // The later operations' transport keeps Zendesk's per-user update allowance: it comes with them.
  let limited: Transport | undefined;
  const later = (module: LaterModule) => (limited ??= module.withUserLimits(transport, options.now));
  const api: Record<string, unknown> = {};
  for (const [name, operation] of Object.entries(first)) {
    api[name] = (...args: unknown[]) => (operation as (...all: unknown[]) => unknown)(transport, ...args);
  }
  for (const name of Object.keys(LATER) as LaterName[]) {
    api[name] = (...args: unknown[]) => runLater(later, name, args);
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
