import type { InstanceShare } from '../shell/share.ts';
import type { HostClient, HostRequest, HostResponse } from './types.ts';

/** How old an answer another app instance read may be and still be shown here (ms). */
export const SHARED_READ_MAX_AGE_MS = 60_000;

/** The page's other app instances, and the agent whose answers may be taken (`subdomain/id`). */
export interface SharedReads {
  share: InstanceShare;
  agent: string;
}

export interface Prefetching {
  /** The host, except that the first GET of a prefetched URL takes the answer already on its way. */
  host: HostClient;
  /**
   * Sends a GET of each URL now, for whoever asks for it first later; with `shared`, a URL another
   * instance of the page read for the same agent at most 60 s ago is not sent but taken from it.
   */
  prefetch(urls: readonly string[], timeoutMs: number, shared?: SharedReads): void;
}

function isHostResponse(value: unknown): value is HostResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  // The rest is read by the API layer's guards, as from the host.
  return typeof v['status'] === 'number' && typeof v['headers'] === 'object' && v['headers'] !== null && (typeof v['body'] === 'string' || v['body'] === null);
}

const keyOf = (url: string) => `GET ${url}`;

/**
 * Lets start-up send reads before the code that needs them has arrived, without that code knowing:
 * it asks the host as usual and gets the answer of the request already sent, once. A second GET of
 * the same URL asks the host again, so a retry or a refresh never reuses an old answer.
 *
 * With `shared`, the answers of the prefetched URLs (and of later GETs of them) are told to the
 * page's other app instances, and any change sent through the host makes every instance forget
 * them: a write is never followed by an answer read before it.
 */
export function withPrefetch(host: HostClient): Prefetching {
  const sent = new Map<string, Promise<HostResponse>>();
  const shareable = new Set<string>();
  let sharing: SharedReads | undefined;
  const ask = (options: HostRequest): Promise<HostResponse> => {
    const answer = host.request(options);
    if (sharing && shareable.has(options.url)) {
      const { share, agent } = sharing;
      answer.then((response) => {
        if (response.status === 200) share.tell(keyOf(options.url), { value: response, readAt: Date.now(), agent, keepMs: SHARED_READ_MAX_AGE_MS });
      }, () => undefined);
    }
    return answer;
  };
  return {
    host: {
      ...host,
      request(options: HostRequest) {
        if (options.type !== 'GET') {
          // Before and after: another instance may read while the change is on its way.
          const forget = () => sharing?.share.forget('GET ');
          forget();
          const change = host.request(options);
          change.then(forget, forget);
          return change;
        }
        const answer = sent.get(options.url);
        if (answer === undefined) return ask(options);
        sent.delete(options.url);
        return answer;
      },
    },
    prefetch(urls, timeoutMs, shared) {
      sharing = shared;
      for (const url of urls) {
        shareable.add(url);
        const told = shared?.share.take(keyOf(url), shared.agent, SHARED_READ_MAX_AGE_MS)?.value;
        sent.set(url, isHostResponse(told) ? Promise.resolve(told) : ask({ url, type: 'GET', timeoutMs }));
      }
    },
  };
}
