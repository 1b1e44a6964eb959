import type { AppSettings, HostClient, HostContext, HostEvents, HostRequest, HostResponse } from '../../src/host/types.ts';

export const ACCOUNT_ORIGIN = 'https://example.zendesk.com';

export interface FakeHost extends HostClient {
  /** Values answered by get(path). */
  values: Map<string, unknown>;
  invocations: { name: string; args: unknown[] }[];
  requests: HostRequest[];
  emit<K extends keyof HostEvents>(event: K, data: HostEvents[K]): void;
  /** Replaces how get() answers, e.g. to delay one path. */
  getImpl: (path: string) => Promise<unknown>;
  /** Where requests go; replace it to simulate a broken network. */
  send: Send;
  /** Requests sent and not answered yet. */
  inFlight: Set<Promise<HostResponse>>;
}

export type Send = (request: Request) => Promise<Response>;

/** Relays a request the way Zendesk's proxy does: to the account, answering status, headers and text. */
export async function relay(send: Send, request: HostRequest): Promise<HostResponse> {
  const init: RequestInit = { method: request.type };
  if (request.data !== undefined) {
    init.body = request.data;
    init.headers = { 'content-type': request.contentType ?? 'application/json' };
  }
  const response = await send(new Request(`${ACCOUNT_ORIGIN}${request.url}`, init));
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => { headers[name.toLowerCase()] = value; });
  return { status: response.status, headers, body: await response.text(), json: undefined };
}

export function createFakeHost(send: Send, options: { context?: Partial<HostContext>; settings?: AppSettings } = {}): FakeHost {
  const listeners = new Map<string, Set<(data: unknown) => void>>();
  const host: FakeHost = {
    context: { location: 'ticket_sidebar', ticketId: 1, subdomain: 'example', ...options.context },
    settings: options.settings ?? {},
    values: new Map(),
    invocations: [],
    requests: [],
    inFlight: new Set(),
    send,
    getImpl: (path) => Promise.resolve(host.values.get(path)),
    get: (path) => host.getImpl(path),
    getEach: (paths) => Promise.all(paths.map((path) => host.getImpl(path).then((value) => ({ ok: true as const, value }), () => ({ ok: false as const })))),
    async set(path, value) {
      host.values.set(path, value);
    },
    async invoke(name, ...args) {
      host.invocations.push({ name, args });
      return undefined;
    },
    on(event, handler) {
      const set = listeners.get(event) ?? new Set();
      const listener = handler as (data: unknown) => void;
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    emit(event, data) {
      for (const listener of listeners.get(event) ?? []) listener(data);
    },
    request(request) {
      host.requests.push(request);
      const answer = relay(host.send, request).catch((): HostResponse => ({ status: 0, headers: {}, body: null, json: undefined }));
      host.inFlight.add(answer);
      void answer.then(() => host.inFlight.delete(answer));
      return answer;
    },
  };
  return host;
}
