import type { EndpointName } from './endpoints.ts';
import { errorBodyFor, type Answer } from './json/answers.ts';
import type { Account } from './store/account.ts';
import type { Fault } from './types.ts';

export type DecisiveFault = Extract<Fault, { kind: 'status' | 'malformed' | 'hang' }>;

export interface FaultPlan {
  /** Added to the account's latency. */
  latencyMs: number;
  /** The fault that decides the answer, if any: the first listed for this endpoint. */
  decisive: DecisiveFault | null;
}

/** How many matching requests each fault with `after` has let through so far. */
const letThrough = new WeakMap<Fault, number>();

/** Picks the faults that apply to this request, spending the one-time ones it uses. */
export function planFaults(account: Account, endpoint: EndpointName | null): FaultPlan {
  let latencyMs = 0;
  let decisive: DecisiveFault | null = null;
  for (const fault of account.faults) {
    if (fault.endpoint !== '*' && fault.endpoint !== endpoint) continue;
    const passed = letThrough.get(fault) ?? 0;
    if (fault.after !== undefined && passed < fault.after) {
      letThrough.set(fault, passed + 1);
      continue;
    }
    if (fault.kind === 'latency') latencyMs += fault.ms;
    else if (decisive === null) decisive = fault;
    else continue;
    if (fault.apply === 'once') account.spendFault(fault);
  }
  return { latencyMs, decisive };
}

/** The key each endpoint's answer is read from: a wrong-shape answer puts the wrong thing there. */
const answerKeys: Record<EndpointName, string> = {
  'users.me': 'user',
  'users.show': 'user',
  'users.update': 'user',
  'users.merge': 'user',
  'users.related': 'user_related',
  'users.search': 'users',
  'users.autocomplete': 'users',
  'users.show_many': 'users',
  'identities.list': 'identities',
  'identities.make_primary': 'identities',
  'identities.create': 'identity',
  'identities.show': 'identity',
  'identities.update': 'identity',
  'identities.delete': 'identity',
  'identities.verify': 'identity',
  'identities.request_verification': 'identity',
  'organizations.show': 'organization',
  'tickets.show': 'ticket',
  'tickets.update': 'ticket',
  'tickets.comments': 'comments',
  'users.organizations': 'organizations',
  'tickets.requested': 'tickets',
  'tickets.ccd': 'tickets',
  'tickets.assigned': 'tickets',
  'custom_roles.list': 'custom_roles',
  'custom_roles.show': 'custom_role',
  'sessions.delete_all': 'sessions',
};

export function faultAnswer(fault: Extract<Fault, { kind: 'status' | 'malformed' }>, endpoint: EndpointName | null): Answer {
  if (fault.kind === 'status') {
    const headers: Record<string, string> =
      fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
    return { status: fault.status, json: fault.body ?? errorBodyFor(fault.status), headers };
  }
  if (fault.shape === 'invalid-json') {
    // Cut off mid-object, as a dropped connection or a proxy's truncation leaves it.
    return { status: 200, text: '{"user": {"id": 1, "name": "Trunc' };
  }
  const key = endpoint === null ? 'data' : answerKeys[endpoint];
  // Parses fine, but every field a guard would look at has the wrong type.
  return {
    status: 200,
    json: { [key]: 'unexpected', count: 'many', meta: [], next_page: 42, error: null },
  };
}
