import type { HostClient, HostRequest, HostResponse } from './types.ts';

export interface Prefetching {
  /** The host, except that the first GET of a prefetched URL takes the answer already on its way. */
  host: HostClient;
  /** Sends a GET of each URL now, for whoever asks for it first later. */
  prefetch(urls: readonly string[], timeoutMs: number): void;
}

/**
 * Lets start-up send reads before the code that needs them has arrived, without that code knowing:
 * it asks the host as usual and gets the answer of the request already sent, once. A second GET of
 * the same URL asks the host again, so a retry or a refresh never reuses an old answer.
 */
export function withPrefetch(host: HostClient): Prefetching {
  const sent = new Map<string, Promise<HostResponse>>();
  return {
    host: {
      ...host,
      request(options: HostRequest) {
        const answer = options.type === 'GET' ? sent.get(options.url) : undefined;
        if (answer === undefined) return host.request(options);
        sent.delete(options.url);
        return answer;
      },
    },
    prefetch(urls, timeoutMs) {
      for (const url of urls) sent.set(url, host.request({ url, type: 'GET', timeoutMs }));
    },
  };
}
