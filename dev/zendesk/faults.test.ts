import { describe, expect, it } from 'vitest';
import { endpointNames, people, type RequestLogEntry } from './index.ts';
import { obj, origin, useAccount } from './test-support.ts';

const zendesk = useAccount();

const userPath = `users/${people.ordinary}.json`;

describe('faults', () => {
  it('names every endpoint once', () => {
    expect(new Set(endpointNames).size).toBe(endpointNames.length);
    expect(endpointNames).toEqual(expect.arrayContaining([
      'users.show', 'users.related', 'identities.list', 'identities.make_primary', 'users.update', 'users.merge',
      'users.search', 'users.autocomplete', 'users.show_many', 'tickets.update',
    ]));
  });

  it('answers a status fault with Zendesk JSON and Retry-After, once', async () => {
    const zd = zendesk.open();
    zd.account.setFaults([{ endpoint: 'users.show', kind: 'status', status: 503, retryAfterSeconds: 7, apply: 'once' }]);
    const failed = await zd.get(userPath);
    expect(failed.status).toBe(503);
    expect(failed.headers.get('Retry-After')).toBe('7');
    expect(failed.json()).toMatchObject({ error: 'ServiceUnavailable' });
    expect((await zd.get(userPath)).status).toBe(200);
    expect(zd.account.faults).toEqual([]);
  });

  it('lets the first requests through when told to, then answers with the fault once', async () => {
    const zd = zendesk.open();
    zd.account.setFaults([{ endpoint: 'users.show', kind: 'status', status: 429, after: 2, apply: 'once' }]);
    expect((await zd.get(userPath)).status).toBe(200);
    expect((await zd.get(userPath)).status).toBe(200);
    expect((await zd.get(userPath)).status).toBe(429);
    expect((await zd.get(userPath)).status).toBe(200);
  });

  it('keeps an always fault, and touches only its endpoint', async () => {
    const zd = zendesk.open();
    const body = { error: 'TooManyRequests', description: 'Slow down' };
    zd.account.setFaults([{ endpoint: 'users.related', kind: 'status', status: 429, retryAfterSeconds: 2, body }]);
    expect((await zd.get(`users/${people.ordinary}/related.json`)).json()).toEqual(body);
    expect((await zd.get(`users/${people.ordinary}/related.json`)).status).toBe(429);
    expect((await zd.get(userPath)).status).toBe(200);
  });

  it('applies a fault for "*" to every endpoint', async () => {
    const zd = zendesk.open();
    zd.account.setFaults([{ endpoint: '*', kind: 'status', status: 500 }]);
    expect((await zd.get(userPath)).status).toBe(500);
    expect((await zd.get('tickets/501.json')).json().error).toBe('InternalServerError');
  });

  it('answers 200 with a body that is not JSON', async () => {
    const zd = zendesk.open();
    zd.account.setFaults([{ endpoint: 'users.show', kind: 'malformed', shape: 'invalid-json' }]);
    const reply = await zd.get(userPath);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/application\/json/);
    expect(() => reply.json()).toThrow();
  });

  it('answers 200 with JSON of the wrong shape', async () => {
    const zd = zendesk.open();
    zd.account.setFaults([{ endpoint: 'identities.list', kind: 'malformed', shape: 'wrong-shape' }]);
    const body = (await zd.get(`users/${people.ordinary}/identities.json`)).json();
    expect(typeof body.identities).toBe('string');
  });

  it('makes a committed fault lose the answer but keep the change', async () => {
    const zd = zendesk.open();
    zd.account.setFaults([{ endpoint: 'users.merge', kind: 'status', status: 504, committed: true }]);
    const reply = await zd.put(`users/${people.zoeShop}/merge.json`, { user: { id: people.zoe } });
    expect(reply.status).toBe(504);
    expect(zd.account.getUser(people.zoeShop)).toBeNull();
  });

  it('leaves the account unchanged when an uncommitted fault answers a write', async () => {
    const zd = zendesk.open();
    zd.account.setFaults([{ endpoint: 'users.update', kind: 'status', status: 500 }]);
    await zd.put(userPath, { user: { suspended: true } });
    expect(zd.account.getUser(people.ordinary)?.suspended).toBe(false);
  });

  it('never answers a hanging request, until the caller gives up', async () => {
    const zd = zendesk.open();
    const log: RequestLogEntry[] = [];
    zd.account.onRequest((entry) => log.push(entry));
    zd.account.setFaults([{ endpoint: 'users.related', kind: 'hang' }]);
    const started = Date.now();
    const request = fetch(`${origin}/api/v2/users/${people.ordinary}/related.json`, { signal: AbortSignal.timeout(80) });
    await expect(request).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual([expect.objectContaining({ endpoint: 'users.related', status: 0, fault: 'hang' })]);
  });

  it('delays one endpoint with a latency fault', async () => {
    const zd = zendesk.open();
    zd.account.setFaults([{ endpoint: 'users.show', kind: 'latency', ms: 120 }]);
    let started = Date.now();
    expect((await zd.get(userPath)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    started = Date.now();
    await zd.get(`users/${people.ordinary}/related.json`);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('delays every answer with the account latency', async () => {
    const zd = zendesk.open();
    zd.account.setLatency(60);
    const started = Date.now();
    await Promise.all([zd.get(userPath), zd.get('users/nothing-here.json')]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('reports each request to the request log, until unsubscribed', async () => {
    const zd = zendesk.open();
    const log: RequestLogEntry[] = [];
    const stop = zd.account.onRequest((entry) => log.push(entry));
    zd.account.setFaults([{ endpoint: 'users.related', kind: 'status', status: 429, retryAfterSeconds: 1 }]);
    await zd.get(`${userPath}?include=identities`);
    await zd.get(`users/${people.ordinary}/related.json`);
    await zd.put(userPath, { user: { notes: 'n' } });
    stop();
    await zd.get(userPath);
    expect(log.map((e) => [e.method, e.endpoint, e.status, e.fault])).toEqual([
      ['GET', 'users.show', 200, null],
      ['GET', 'users.related', 429, 'status'],
      ['PUT', 'users.update', 200, null],
    ]);
    expect(obj(log[0]).url).toBe(`${origin}/api/v2/${userPath}?include=identities`);
    expect(typeof log[0]?.durationMs).toBe('number');
  });
});
