import { describe, expect, it } from 'vitest';
import type { CallOptions, Transport } from './transport.ts';
import { createUserLimits, isUserUpdate, parseUserLimit, userOfPath, withUserLimits } from './userLimit.ts';

describe("Zendesk's per-user update limit", () => {
  it('reads the header in the documented format, and tolerates spacing, order and case', () => {
    expect(parseUserLimit('total=5; remaining=0; resets=42')).toEqual({ total: 5, remaining: 0, resetsSeconds: 42 });
    expect(parseUserLimit('Resets=7,total=5 ,  REMAINING=3')).toEqual({ total: 5, remaining: 3, resetsSeconds: 7 });
  });

  it('ignores a header that lacks a field or has one that is not a whole number', () => {
    expect(parseUserLimit(undefined)).toBeNull();
    expect(parseUserLimit('total=5; remaining=0')).toBeNull();
    expect(parseUserLimit('total=5; remaining=-1; resets=3')).toBeNull();
  });

  it('finds the user a request is about', () => {
    expect(userOfPath('/api/v2/users/42.json')).toBe(42);
    expect(userOfPath('/api/v2/users/42/identities/7/make_primary.json')).toBe(42);
    expect(userOfPath('/api/v2/users/me.json')).toBeNull();
    expect(userOfPath('/api/v2/users/search.json?query=a')).toBeNull();
  });

  it('holds back only Update User, the change the limit is documented on', () => {
    expect(isUserUpdate('PUT', '/api/v2/users/42.json')).toBe(true);
    expect(isUserUpdate('PUT', '/api/v2/users/42/merge.json')).toBe(false);
    expect(isUserUpdate('GET', '/api/v2/users/42.json')).toBe(false);
  });

  it('makes a user with no allowance left wait until it resets, and no other user', () => {
    const limits = createUserLimits();
    limits.record(42, { total: 5, remaining: 0, resetsSeconds: 30 }, 1_000);
    expect(limits.waitMs(42, 11_000)).toBe(20_000);
    expect(limits.waitMs(42, 31_000)).toBe(0);
    expect(limits.waitMs(43, 11_000)).toBe(0);
  });

  it('lets changes through while some allowance remains, and follows the latest answer', () => {
    const limits = createUserLimits();
    limits.record(42, { total: 5, remaining: 0, resetsSeconds: 30 }, 0);
    limits.record(42, { total: 5, remaining: 4, resetsSeconds: 60 }, 1_000);
    expect(limits.waitMs(42, 2_000)).toBe(0);
  });

  it('holds an update back, unsent, once a change\'s answer said no allowance is left, and lets other changes through', async () => {
    const sent: string[] = [];
    const transport: Transport = {
      read: () => Promise.resolve(null),
      write(method, path, call: CallOptions = {}) {
        sent.push(`${method} ${path}`);
        call.onHeaders?.({ 'zendesk-ratelimit-create-update-user': 'total=5; remaining=0; resets=30' });
        return Promise.resolve({});
      },
    };
    const limited = withUserLimits(transport, () => 1_000);
    await limited.write('PUT', '/api/v2/users/42.json');
    await expect(limited.write('PUT', '/api/v2/users/42.json')).rejects.toMatchObject({ kind: 'held', retryAfterMs: 30_000 });
    await limited.write('POST', '/api/v2/users/42/identities.json');
    await limited.write('PUT', '/api/v2/users/43.json');
    expect(sent).toEqual(['PUT /api/v2/users/42.json', 'POST /api/v2/users/42/identities.json', 'PUT /api/v2/users/43.json']);
  });
});
