import ZAFClient from 'zendesk_app_framework_sdk';
import type { ZafSdkClient } from 'zendesk_app_framework_sdk';
import { isAllowedOrigin, originFromUrl } from './origin.ts';
import { isObject, toHostContext, toHostResponse, toSettings } from './response.ts';
import type { HostClient, HostEvents, HostRequest, HostResponse } from './types.ts';

export type HostUnavailable =
  | { reason: 'no-host' }
  | { reason: 'untrusted-origin'; origin: string }
  | { reason: 'no-answer' };

export interface ConnectOptions {
  href: string;
  allowLocalOrigins: boolean;
  /** How long to wait for the host's `app.registered` before explaining why nothing shows. */
  registerTimeoutMs: number;
}

function wrap(sdk: ZafSdkClient, registered: unknown): HostClient {
  const data = isObject(registered) ? registered : {};
  return {
    context: toHostContext(data['context']),
    settings: toSettings(data['metadata']),
    async get(path) {
      const answer = await sdk.get(path);
      return answer[path];
    },
    async getEach(paths) {
      const answer = await sdk.get([...paths]);
      const errors = isObject(answer['errors']) ? answer['errors'] : {};
      return paths.map((path) => (errors[path] ? { ok: false } : { ok: true, value: answer[path] }));
    },
    async set(path, value) {
      await sdk.set(path, value);
    },
    async invoke(name, ...args) {
      const answer = await sdk.invoke(name, ...args);
      return answer[name];
    },
    on<K extends keyof HostEvents>(event: K, handler: (payload: HostEvents[K]) => void) {
      const listener = (payload: unknown) => handler(payload);
      sdk.on(event, listener);
      return () => sdk.off(event, listener);
    },
    async request(options: HostRequest): Promise<HostResponse> {
      const settle = (raw: unknown): HostResponse => {
        const response = toHostResponse(raw);
        // No status at all means the host could not reach Zendesk.
        return response ?? { status: 0, headers: {}, body: null, json: undefined };
      };
      const message: Record<string, unknown> = {
        url: options.url,
        type: options.type,
        // Status and headers must reach the API layer, and retries are its decision.
        httpCompleteResponse: true,
        autoRetry: false,
        dataType: 'text',
      };
      if (options.data !== undefined) message['data'] = options.data;
      if (options.contentType !== undefined) message['contentType'] = options.contentType;
      return sdk.request(message).then(settle, settle);
    },
  };
}

/** Connects to the agent workspace that framed this page, or says why it cannot. */
export function connectToHost(options: ConnectOptions): Promise<HostClient | HostUnavailable> {
  const origin = originFromUrl(options.href);
  if (!origin) return Promise.resolve({ reason: 'no-host' });
  if (!isAllowedOrigin(origin, options.allowLocalOrigins)) {
    return Promise.resolve({ reason: 'untrusted-origin', origin });
  }
  const sdk = ZAFClient.init();
  if (!sdk) return Promise.resolve({ reason: 'no-host' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ reason: 'no-answer' }), options.registerTimeoutMs);
    sdk.on('app.registered', (registered) => {
      clearTimeout(timer);
      resolve(wrap(sdk, registered));
    });
  });
}
