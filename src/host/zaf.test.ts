// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import ZAFClient from 'zendesk_app_framework_sdk';
import { connectToHost } from './zaf.ts';
import type { HostClient } from './types.ts';

const ORIGIN = 'https://acme.zendesk.com';
const APP_URL = `https://app.test/iframe.html?origin=${encodeURIComponent(ORIGIN)}&app_guid=guid-1`;

type Message = Record<string, unknown>;

/** The SDK reads origin and app_guid from the page's own URL, as Zendesk sets it. */
function openAt(url: string) {
  (window as unknown as { happyDOM: { setURL(href: string): void } }).happyDOM.setURL(url);
}

/** Answers the SDK the way the agent workspace does, from the other side of postMessage. */
function fakeWorkspace(answer: (message: Message, reply: (data: Message) => void) => void) {
  const sent: Message[] = [];
  const reply = (data: Message) => {
    window.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(data), origin: ORIGIN, source: window }));
  };
  // Framed by nobody here, window.parent is window itself: catch what the SDK posts "up".
  vi.spyOn(window, 'postMessage').mockImplementation((raw: unknown) => {
    const message = JSON.parse(String(raw)) as Message;
    sent.push(message);
    queueMicrotask(() => answer(message, reply));
  });
  return sent;
}

function standardAnswers(message: Message, reply: (data: Message) => void) {
  if (message['key'] === 'iframe.handshake') {
    reply({
      key: 'zaf.app.registered',
      message: {
        context: { location: 'ticket_sidebar', ticketId: 42, account: { subdomain: 'acme' } },
        metadata: { settings: { merge_enabled: false } },
      },
    });
  } else if (message['request'] === 'get') {
    reply({ id: message['id'], result: { 'ticket.requester': { id: 7, name: 'Ada' }, errors: {} } });
  } else if (typeof message['key'] === 'string' && message['key'].startsWith('request:')) {
    const key = message['key'];
    const url = (message['message'] as { url: string }).url;
    if (url.includes('limited')) {
      reply({ key: `zaf.${key}.fail`, message: { responseArgs: [{ status: 429, responseText: '{"error":"TooMany"}', headers: { 'Retry-After': '3' } }] } });
    } else if (url.includes('offline')) {
      reply({ key: `zaf.${key}.fail`, message: { responseArgs: [{ status: 0, responseText: '' }] } });
    } else {
      reply({ key: `zaf.${key}.done`, message: { responseArgs: [{ status: 200, responseText: '{"ok":true}', headers: {} }] } });
    }
  }
}

async function connected(sent: Message[] = fakeWorkspace(standardAnswers)): Promise<[HostClient, Message[]]> {
  const client = await connectToHost({ href: APP_URL, allowLocalOrigins: false, registerTimeoutMs: 1_000 });
  if ('reason' in client) throw new Error(client.reason);
  return [client, sent];
}

afterEach(() => vi.restoreAllMocks());

describe('connectToHost', () => {
  it('refuses a host that is not a Zendesk account', async () => {
    const href = `https://app.test/iframe.html?origin=${encodeURIComponent('https://evil.test')}&app_guid=x`;
    expect(await connectToHost({ href, allowLocalOrigins: false, registerTimeoutMs: 50 }))
      .toEqual({ reason: 'untrusted-origin', origin: 'https://evil.test' });
  });

  it('says there is no host when opened on its own', async () => {
    expect(await connectToHost({ href: 'https://app.test/iframe.html', allowLocalOrigins: false, registerTimeoutMs: 50 }))
      .toEqual({ reason: 'no-host' });
  });

  it('gives up with an explanation when the host never registers the app', async () => {
    openAt(APP_URL);
    fakeWorkspace(() => undefined);
    expect(await connectToHost({ href: APP_URL, allowLocalOrigins: false, registerTimeoutMs: 30 })).toEqual({ reason: 'no-answer' });
  });

  it('reads context and settings from the registration', async () => {
    openAt(APP_URL);
    const [client, sent] = await connected();
    expect(sent[0]?.['key']).toBe('iframe.handshake');
    expect(client.context).toEqual({ location: 'ticket_sidebar', ticketId: 42, subdomain: 'acme' });
    expect(client.settings).toEqual({ merge_enabled: false });
  });

  it('answers get with the value at the path', async () => {
    openAt(APP_URL);
    const [client] = await connected();
    expect(await client.get('ticket.requester')).toEqual({ id: 7, name: 'Ada' });
  });

  it('answers several paths in one message, marking the ones the host could not read as failed', async () => {
    openAt(APP_URL);
    const [client, sent] = await connected(fakeWorkspace((message, reply) => {
      if (message['request'] !== 'get') return standardAnswers(message, reply);
      reply({
        id: message['id'],
        result: { currentUser: { id: 1 }, errors: { 'ticket.requester': { name: 'APIUnavailable', message: 'not here' } } },
      });
    }));
    expect(await client.getEach(['currentUser', 'ticket.requester'])).toEqual([{ ok: true, value: { id: 1 } }, { ok: false }]);
    expect(sent.filter((message) => message['request'] === 'get')).toHaveLength(1);
  });

  it('forgets the handlers of every answered request, answered or failed (the SDK patch)', async () => {
    openAt(APP_URL);
    const init = vi.spyOn(ZAFClient, 'init');
    const [client] = await connected();
    const sdk = init.mock.results[0]?.value as unknown as { _messageHandlers: Record<string, unknown[]> };
    for (let i = 0; i < 6; i += 1) {
      await client.request({ url: i % 2 === 0 ? '/api/v2/users/1.json' : '/api/v2/limited', type: 'GET', timeoutMs: 1_000 });
    }
    // 2.0.11 as published keeps a .done and a .fail handler for each: twelve here.
    expect(Object.keys(sdk._messageHandlers).filter((name) => name.startsWith('request:'))).toEqual([]);
  });

  it('asks the host for the complete response without automatic retries', async () => {
    openAt(APP_URL);
    const [client, sent] = await connected();
    const response = await client.request({ url: '/api/v2/users/1.json', type: 'GET', timeoutMs: 1_000 });
    expect(response).toMatchObject({ status: 200, body: '{"ok":true}' });
    const request = sent.find((message) => String(message['key']).startsWith('request:'));
    expect(request?.['message']).toMatchObject({ httpCompleteResponse: true, autoRetry: false, type: 'GET' });
  });

  it('turns a failed request into a status with headers instead of a rejection', async () => {
    openAt(APP_URL);
    const [client] = await connected();
    expect(await client.request({ url: '/limited', type: 'GET', timeoutMs: 1_000 }))
      .toMatchObject({ status: 429, headers: { 'retry-after': '3' } });
    expect(await client.request({ url: '/offline', type: 'GET', timeoutMs: 1_000 })).toMatchObject({ status: 0 });
  });

  it('delivers host events until unsubscribed', async () => {
    openAt(APP_URL);
    const [client, sent] = await connected();
    const seen: unknown[] = [];
    const off = client.on('ticket.requester.id.changed', (id) => seen.push(id));
    expect(sent.some((message) => message['key'] === 'iframe.on:ticket.requester.id.changed')).toBe(true);
    const fire = (id: number) => window.dispatchEvent(new MessageEvent('message', {
      data: JSON.stringify({ key: 'zaf.ticket.requester.id.changed', message: id }), origin: ORIGIN, source: window,
    }));
    fire(8);
    off();
    fire(9);
    expect(seen).toEqual([8]);
  });

  it('ignores messages from another origin', async () => {
    openAt(APP_URL);
    const [client] = await connected();
    const seen: unknown[] = [];
    client.on('app.activated', (data) => seen.push(data));
    window.dispatchEvent(new MessageEvent('message', {
      data: JSON.stringify({ key: 'zaf.app.activated', message: 'forged' }), origin: 'https://evil.test', source: window,
    }));
    expect(seen).toEqual([]);
  });
});
