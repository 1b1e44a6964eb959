import { describe, expect, it } from 'vitest';
import { escapeMarkup, notify } from './notify.ts';
import type { HostClient } from '../host/types.ts';

describe('notify', () => {
  it('escapes user text so the host cannot render it as markup', async () => {
    const calls: unknown[][] = [];
    const host = { invoke: async (...args: unknown[]) => { calls.push(args); } } as unknown as HostClient;
    notify(host, 'suspend.done', { name: '<img src=x onerror=alert(1)>' });
    expect(calls).toEqual([['notify', '\u2068&#60;img src=x onerror=alert(1)&#62;\u2069 is suspended.', 'notice']]);
  });

  it('isolates each name and value, so it keeps its order inside a right-to-left message', () => {
    const calls: unknown[][] = [];
    const host = { invoke: async (...args: unknown[]) => { calls.push(args); } } as unknown as HostClient;
    notify(host, 'identity.added', { value: 'X (Twitter)' });
    expect(calls[0]?.[1]).toBe('\u2068X (Twitter)\u2069 was added.');
  });

  it('escapes quotes and ampersands too', () => {
    expect(escapeMarkup(`a&b"c'd`)).toBe('a&#38;b&#34;c&#39;d');
  });
});
