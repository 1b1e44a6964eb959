import { describe, expect, it } from 'vitest';
import { escapeMarkup, notify } from './notify.ts';
import type { HostClient } from '../host/types.ts';

describe('notify', () => {
  it('escapes user text so the host cannot render it as markup', async () => {
    const calls: unknown[][] = [];
    const host = { invoke: async (...args: unknown[]) => { calls.push(args); } } as unknown as HostClient;
    notify(host, 'suspend.done', { name: '<img src=x onerror=alert(1)>' });
    expect(calls).toEqual([['notify', '&#60;img src=x onerror=alert(1)&#62; is suspended.', 'notice']]);
  });

  it('escapes quotes and ampersands too', () => {
    expect(escapeMarkup(`a&b"c'd`)).toBe('a&#38;b&#34;c&#39;d');
  });
});
