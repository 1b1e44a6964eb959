import { describe, expect, it } from 'vitest';
import { toHostContext, toHostResponse, toSettings } from './response.ts';

describe('toHostResponse', () => {
  it('keeps status, body and lower-cased headers of a complete response', () => {
    const response = toHostResponse({ status: 429, responseText: '{}', headers: { 'Retry-After': '7' } });
    expect(response).toEqual({ status: 429, headers: { 'retry-after': '7' }, body: '{}', json: undefined });
  });

  it('keeps an already parsed body when no text came', () => {
    expect(toHostResponse({ status: 200, responseJSON: { a: 1 } })?.json).toEqual({ a: 1 });
  });

  it('answers null when the host relayed nothing usable', () => {
    expect(toHostResponse(undefined)).toBeNull();
    expect(toHostResponse('error')).toBeNull();
    expect(toHostResponse({ responseText: 'x' })).toBeNull();
  });
});

describe('toHostContext', () => {
  it('reads the location, ticket and account', () => {
    expect(toHostContext({ location: 'ticket_sidebar', ticketId: 12, account: { subdomain: 'acme' } }))
      .toEqual({ location: 'ticket_sidebar', ticketId: 12, subdomain: 'acme' });
  });

  it('treats unknown locations and odd ids as absent', () => {
    expect(toHostContext({ location: 'nav_bar', ticketId: 'x' })).toEqual({ location: 'unknown', ticketId: null, subdomain: null });
    expect(toHostContext(null)).toEqual({ location: 'unknown', ticketId: null, subdomain: null });
  });
});

describe('toSettings', () => {
  it('keeps scalar settings and drops the rest', () => {
    expect(toSettings({ settings: { merge_enabled: true, title: 'x', nested: { a: 1 } } })).toEqual({ merge_enabled: true, title: 'x' });
  });
});
