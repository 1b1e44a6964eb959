import { describe, expect, it } from 'vitest';
import { openShare } from '../shell/share.ts';
import { withPrefetch } from './prefetch.ts';
import type { HostClient, HostRequest, HostResponse } from './types.ts';

function recordingHost() {
  const sent: HostRequest[] = [];
  const host: HostClient = {
    context: { location: 'ticket_sidebar', ticketId: 1, subdomain: 'example' },
    settings: {},
    get: () => Promise.resolve(undefined),
    getEach: () => Promise.resolve([]),
    set: () => Promise.resolve(),
    invoke: () => Promise.resolve(undefined),
    on: () => () => {},
    request(options) {
      sent.push(options);
      return Promise.resolve({ status: 200, headers: {}, body: `answer ${sent.length}`, json: undefined });
    },
  };
  return { host, sent };
}

const get = (url: string): HostRequest => ({ url, type: 'GET', timeoutMs: 1000 });
const body = (response: HostResponse) => response.body;

describe('withPrefetch', () => {
  it('answers the first GET of a prefetched URL with the request already sent', async () => {
    const { host, sent } = recordingHost();
    const start = withPrefetch(host);
    start.prefetch(['/api/v2/users/7.json', '/api/v2/users/7/related.json'], 15_000);
    expect(sent.map((request) => request.url)).toEqual(['/api/v2/users/7.json', '/api/v2/users/7/related.json']);
    expect(await start.host.request(get('/api/v2/users/7/related.json')).then(body)).toBe('answer 2');
    expect(await start.host.request(get('/api/v2/users/7.json')).then(body)).toBe('answer 1');
    expect(sent).toHaveLength(2);
  });

  it('asks the host again for a second GET of the same URL, so a retry never reuses an old answer', async () => {
    const { host, sent } = recordingHost();
    const start = withPrefetch(host);
    start.prefetch(['/api/v2/users/7.json'], 15_000);
    await start.host.request(get('/api/v2/users/7.json'));
    expect(await start.host.request(get('/api/v2/users/7.json')).then(body)).toBe('answer 2');
    expect(sent).toHaveLength(2);
  });

  it('sends other URLs and every change to the host as they come', async () => {
    const { host, sent } = recordingHost();
    const start = withPrefetch(host);
    start.prefetch(['/api/v2/users/7.json'], 15_000);
    await start.host.request({ url: '/api/v2/users/7.json', type: 'PUT', data: '{}', timeoutMs: 1000 });
    await start.host.request(get('/api/v2/users/8.json'));
    expect(sent.map((request) => `${request.type} ${request.url}`)).toEqual([
      'GET /api/v2/users/7.json', 'PUT /api/v2/users/7.json', 'GET /api/v2/users/8.json',
    ]);
    // The prefetched answer is still there for the read that needs it.
    expect(await start.host.request(get('/api/v2/users/7.json')).then(body)).toBe('answer 1');
  });
});

describe('withPrefetch between the app instances of one page', () => {
  const agent = 'example/7';
  const told = (status = 200): HostResponse => ({ status, headers: {}, body: 'told by another instance', json: undefined });

  it('takes an answer another instance read for the same agent within 60 s, and sends nothing', async () => {
    const { host, sent } = recordingHost();
    const share = openShare(null);
    share.tell('GET /api/v2/users/7.json', { value: told(), readAt: Date.now() - 59_000, agent, keepMs: 60_000 });
    const start = withPrefetch(host);
    start.prefetch(['/api/v2/users/7.json', '/api/v2/users/7/related.json'], 15_000, { share, agent });
    expect(sent.map((request) => request.url)).toEqual(['/api/v2/users/7/related.json']);
    expect(await start.host.request(get('/api/v2/users/7.json')).then(body)).toBe('told by another instance');
  });

  it('reads again what was read over 60 s ago, or for another agent', () => {
    const { host, sent } = recordingHost();
    const share = openShare(null);
    share.tell('GET /api/v2/users/7.json', { value: told(), readAt: Date.now() - 61_000, agent, keepMs: 120_000 });
    share.tell('GET /api/v2/users/7/related.json', { value: told(), readAt: Date.now(), agent: 'example/8', keepMs: 60_000 });
    withPrefetch(host).prefetch(['/api/v2/users/7.json', '/api/v2/users/7/related.json'], 15_000, { share, agent });
    expect(sent).toHaveLength(2);
  });

  it('tells the other instances its answers, and forgets them all when a change is sent', async () => {
    const { host } = recordingHost();
    const share = openShare(null);
    const start = withPrefetch(host);
    start.prefetch(['/api/v2/users/7.json'], 15_000, { share, agent });
    await start.host.request(get('/api/v2/users/7.json'));
    expect(share.take('GET /api/v2/users/7.json', agent, 60_000)?.value).toMatchObject({ body: 'answer 1' });
    await start.host.request({ url: '/api/v2/users/7.json', type: 'PUT', data: '{}', timeoutMs: 1000 });
    expect(share.take('GET /api/v2/users/7.json', agent, 60_000)).toBeNull();
  });

  it('never tells a failed read', async () => {
    const { host } = recordingHost();
    const failing: HostClient = { ...host, request: () => Promise.resolve(told(503)) };
    const share = openShare(null);
    const start = withPrefetch(failing);
    start.prefetch(['/api/v2/users/7.json'], 15_000, { share, agent });
    await start.host.request(get('/api/v2/users/7.json'));
    expect(share.take('GET /api/v2/users/7.json', agent, 60_000)).toBeNull();
  });
});
