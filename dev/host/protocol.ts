import type { Json } from './zafData.ts';

/** One path's outcome: a value, or an error in the shape the SDK's `createError` reads. */
export type PathOutcome = { value: Json } | { error: { name: string; message: string } };

/** What the host page answers; the bridge only carries messages. */
export interface HostSide {
  registered(appGuid: string): Json;
  get(path: string): PathOutcome;
  set(path: string, value: unknown): PathOutcome;
  invoke(name: string, args: readonly unknown[]): PathOutcome;
  /** Resolves with the event to send (`done` or `fail`) and its `responseArgs`. */
  request(options: Record<string, unknown>): Promise<{ outcome: 'done' | 'fail'; responseArgs: Json[] }>;
  /** Told about every message, for the protocol log. */
  saw?(direction: 'in' | 'out', message: Record<string, unknown>): void;
}

export interface Bridge {
  /** Sends `zaf.<event>` if the app listens to it; returns whether it did. */
  emit(event: string, data: Json): boolean;
  /** Events the app subscribed to, with their subscriber counts. */
  subscriptions(): Record<string, number>;
  readonly registered: Promise<void>;
  close(): void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(data);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function answerPaths(paths: readonly string[], answer: (path: string) => PathOutcome): Json {
  const result: { [key: string]: Json } = {};
  const errors: { [key: string]: Json } = {};
  for (const path of paths) {
    const outcome = answer(path);
    if ('value' in outcome) result[path] = outcome.value;
    else errors[path] = { ...outcome.error, path };
  }
  return { ...result, errors };
}

/**
 * The host half of the ZAF postMessage protocol, as client.js of zendesk_app_framework_sdk speaks it.
 * Only messages from this iframe's window and the app's origin count: anything else could be
 * another frame pretending to be the app.
 */
export function connectBridge(frame: HTMLIFrameElement, appOrigin: string, host: HostSide): Bridge {
  const counts = new Map<string, number>();
  let appGuid: string | null = null;
  let markRegistered = () => {};
  const registered = new Promise<void>((resolve) => { markRegistered = resolve; });

  const post = (message: Record<string, Json>) => {
    host.saw?.('out', message);
    // Replies name the instance the SDK created, or it looks for a child client that does not exist.
    const full = appGuid === null ? message : { ...message, appGuid, instanceGuid: appGuid };
    frame.contentWindow?.postMessage(JSON.stringify(full), appOrigin);
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    const message = parse(event.data);
    if (!message) return;
    host.saw?.('in', message);
    const key = typeof message['key'] === 'string' ? message['key'] : null;
    if (typeof message['id'] === 'number' && typeof message['request'] === 'string') {
      answerCall(message['id'], message['request'], message['params']);
    } else if (key === 'iframe.handshake') {
      appGuid = typeof message['appGuid'] === 'string' ? message['appGuid'] : null;
      post({ key: 'zaf.app.registered', message: host.registered(appGuid ?? '') });
      markRegistered();
    } else if (key?.startsWith('iframe.on:') || key?.startsWith('iframe.off:')) {
      const event = key.slice(key.indexOf(':') + 1);
      const count = isRecord(message['message']) ? Number(message['message']['subscriberCount']) : 0;
      // A request's handlers are dropped once it is answered: keep no entry for them.
      if (Number.isFinite(count) && count > 0) counts.set(event, count);
      else counts.delete(event);
    } else if (key?.startsWith('request:')) {
      const options = isRecord(message['message']) ? message['message'] : {};
      void host.request(options).then(({ outcome, responseArgs }) => {
        post({ key: `zaf.${key}.${outcome}`, message: { responseArgs } });
      });
    }
  };

  const answerCall = (id: number, request: string, params: unknown) => {
    let result: Json;
    if (request === 'get' && Array.isArray(params)) {
      result = answerPaths(params.map(String), (path) => host.get(path));
    } else if (request === 'set' && isRecord(params)) {
      result = answerPaths(Object.keys(params), (path) => host.set(path, params[path]));
    } else if (request === 'invoke' && isRecord(params)) {
      result = answerPaths(Object.keys(params), (name) => {
        const args = params[name];
        return host.invoke(name, Array.isArray(args) ? args : [args]);
      });
    } else {
      post({ id, error: { name: 'InvalidRequest', message: `Cannot ${request} with these parameters` } });
      return;
    }
    post({ id, result });
  };

  window.addEventListener('message', onMessage);
  return {
    emit(event, data) {
      if ((counts.get(event) ?? 0) <= 0) return false;
      post({ key: `zaf.${event}`, message: data });
      return true;
    },
    subscriptions: () => Object.fromEntries(counts),
    registered,
    close: () => window.removeEventListener('message', onMessage),
  };
}
