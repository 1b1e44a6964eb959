import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, originFromUrl } from './origin.ts';

describe('isAllowedOrigin', () => {
  it('accepts a Zendesk account over https', () => {
    expect(isAllowedOrigin('https://acme.zendesk.com', false)).toBe(true);
    expect(isAllowedOrigin('https://acme-eu.zendesk.com', false)).toBe(true);
  });

  it('refuses look-alike and plain-http hosts', () => {
    expect(isAllowedOrigin('http://acme.zendesk.com', false)).toBe(false);
    expect(isAllowedOrigin('https://acme.zendesk.com.evil.test', false)).toBe(false);
    expect(isAllowedOrigin('https://evilzendesk.com', false)).toBe(false);
    expect(isAllowedOrigin('https://a.b.zendesk.com', false)).toBe(false);
    expect(isAllowedOrigin('https://acme.zendesk.com:8443', false)).toBe(false);
  });

  it('accepts localhost only when local hosts are allowed', () => {
    expect(isAllowedOrigin('http://localhost:5173', true)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4567', true)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5173', false)).toBe(false);
    expect(isAllowedOrigin('http://localhost.evil.test', true)).toBe(false);
  });
});

describe('originFromUrl', () => {
  it('reads the origin from the query or the hash', () => {
    expect(originFromUrl('https://app.test/iframe.html?origin=https%3A%2F%2Facme.zendesk.com&app_guid=x')).toBe('https://acme.zendesk.com');
    expect(originFromUrl('https://app.test/iframe.html#origin=https%3A%2F%2Fb.zendesk.com&app_guid=x')).toBe('https://b.zendesk.com');
    expect(originFromUrl('https://app.test/iframe.html')).toBeNull();
  });
});
