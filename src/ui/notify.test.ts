import { describe, expect, it } from 'vitest';
import { notify } from './notify.ts';
import type { HostClient } from '../host/types.ts';
import en from '../i18n/locales/en/later.json';

describe('notify', () => {
  it('sends a fixed sentence with no user text in it', async () => {
    const calls: unknown[][] = [];
    const host = { invoke: async (...args: unknown[]) => { calls.push(args); } } as unknown as HostClient;
    notify(host, 'notify.suspended');
    expect(calls).toEqual([['notify', 'User suspended', 'notice']]);
  });

  // The notifications follow actions: their strings load with the actions chunk (later.json).
  it('has no placeholder in any notification sentence', () => {
    const keys = Object.entries(en).filter(([key]) => key.startsWith('notify.'));
    expect(keys.length).toBeGreaterThan(5);
    for (const [, text] of keys) expect(text).not.toMatch(/[{}<>&]/);
  });
});
