import { matchEndpoint, type EndpointMatch } from '../endpoints.ts';
import { faultAnswer, planFaults } from '../faults.ts';
import { badRequest, forbidden, invalidEndpoint, type Answer } from '../json/answers.ts';
import { canRead } from '../rules/permissions.ts';
import type { Account } from '../store/account.ts';
import type { FaultKind } from '../types.ts';
import type { RouteTable } from './context.ts';
import { identityRoutes } from './identities.ts';
import { roleRoutes } from './roles.ts';
import { ticketListRoutes } from './ticketLists.ts';
import { ticketRoutes } from './tickets.ts';
import { userRoutes } from './users.ts';

const routes: RouteTable = { ...userRoutes, ...identityRoutes, ...ticketRoutes, ...ticketListRoutes, ...roleRoutes };

/** Answers one request to `/api/v2/...` the way the account would, faults and latency included. */
export async function answerRequest(account: Account, request: Request): Promise<Response> {
  const started = performance.now();
  const url = new URL(request.url);
  const match = matchEndpoint(request.method, url.pathname);
  const plan = planFaults(account, match?.name ?? null);
  const decisive = plan.decisive;
  const finish = (answer: Answer | null, fault: FaultKind['kind'] | null): Response => {
    account.emitRequest({
      method: request.method.toUpperCase(),
      url: request.url,
      endpoint: match?.name ?? null,
      status: answer?.status ?? 0,
      durationMs: Math.round(performance.now() - started),
      fault,
    });
    // A request given up by its caller ends as a network error, as a dropped connection would.
    return answer ? toResponse(answer) : Response.error();
  };

  if (!(await wait(account.latencyMs + plan.latencyMs, request.signal))) return finish(null, null);
  const latencyFault = plan.latencyMs > 0 ? 'latency' : null;
  if (decisive?.kind === 'hang') {
    await untilAborted(request.signal);
    return finish(null, 'hang');
  }
  if (decisive && !decisive.committed) return finish(faultAnswer(decisive, match?.name ?? null), decisive.kind);
  const answer = await route(account, request, url, match);
  if (decisive) return finish(faultAnswer(decisive, match?.name ?? null), decisive.kind);
  return finish(answer, latencyFault);
}

async function route(account: Account, request: Request, url: URL, match: EndpointMatch | null): Promise<Answer> {
  const handler = match ? routes[match.name] : undefined;
  if (!match || !handler) return invalidEndpoint();
  const acting = account.users.get(account.actingUserId);
  if (!acting) return { status: 401, json: { error: "Couldn't authenticate you" } };
  if (match.name !== 'users.me' && !canRead(acting)) return forbidden();
  const body = await readBody(request);
  if (body === invalid) return badRequest('InvalidValue', 'The request body could not be parsed as JSON');
  if (body === wrongType) return badRequest('InvalidValue', 'Send a JSON body with Content-Type: application/json');
  return handler({ account, url, origin: url.origin, params: match.params, body });
}

const invalid = Symbol('invalid JSON');
const wrongType = Symbol('not JSON');

/**
 * Zendesk reads a body only when it is declared as JSON; a form-encoded body (what a host
 * request without `contentType: 'application/json'` sends) never reaches the record.
 */
async function readBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().includes('application/json')) return wrongType;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return invalid;
  }
}

function toResponse(answer: Answer): Response {
  const headers = new Headers(answer.headers);
  if (answer.json === undefined && answer.text === undefined) return new Response(null, { status: answer.status, headers });
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json; charset=utf-8');
  const text = answer.text ?? JSON.stringify(answer.json);
  return new Response(text, { status: answer.status, headers });
}

/** Resolves true after `ms`, or false as soon as the request is given up. */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
