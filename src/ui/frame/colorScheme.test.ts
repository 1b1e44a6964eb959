// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { HostClient } from '../../host/types.ts';
import { followScheme, schemeFromAddress, schemeOf, showSchemeFromAddress } from './colorScheme.ts';

/** A host whose `colorScheme` property answers `answer`, and whose events the test sends. */
function hostWith(answer: Promise<unknown>) {
  const listeners = new Map<string, Set<(data: unknown) => void>>();
  const host = {
    get: (path: string) => (path === 'colorScheme' ? answer : Promise.reject(new Error(path))),
    on: (event: string, handler: (data: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(handler);
      listeners.set(event, set);
      return () => set.delete(handler);
    },
  } as unknown as HostClient;
  const emit = (event: string, data: unknown) => { for (const listener of listeners.get(event) ?? []) listener(data); };
  return { host, emit, listening: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0) };
}

const scheme = () => document.documentElement.dataset['colorScheme'];

afterEach(() => {
  delete document.documentElement.dataset['colorScheme'];
  document.documentElement.style.colorScheme = '';
});

describe('schemeOf', () => {
  it('takes the event payload and the property answer, and nothing else', () => {
    expect(schemeOf('dark')).toBe('dark');
    expect(schemeOf({ colorScheme: 'light' })).toBe('light');
    expect(schemeOf('Dark')).toBeNull();
    expect(schemeOf({ colorScheme: 'sepia' })).toBeNull();
    expect(schemeOf(undefined)).toBeNull();
  });
});

describe('the scheme in the frame address', () => {
  it('is read from the colorScheme parameter among the others Zendesk adds', () => {
    expect(schemeFromAddress('https://a.example/iframe.html?origin=x&app_guid=y&colorScheme=dark')).toBe('dark');
    expect(schemeFromAddress('https://a.example/iframe.html?colorScheme=light')).toBe('light');
    expect(schemeFromAddress('https://a.example/iframe.html?origin=x')).toBeNull();
    expect(schemeFromAddress('not an address')).toBeNull();
  });

  it('marks the page dark before the host has answered anything', () => {
    showSchemeFromAddress('https://a.example/iframe.html?colorScheme=dark');
    expect(scheme()).toBe('dark');
    // Native controls and scrollbars follow too.
    expect(document.documentElement.style.colorScheme).toBe('dark');
  });

  it('leaves the page alone when the address names no scheme', () => {
    showSchemeFromAddress('https://a.example/iframe.html?colorScheme=purple');
    expect(scheme()).toBeUndefined();
  });
});

describe('following the host', () => {
  it('takes the colorScheme property once the host answers it', async () => {
    const { host } = hostWith(Promise.resolve('dark'));
    followScheme(host);
    await Promise.resolve();
    await Promise.resolve();
    expect(scheme()).toBe('dark');
  });

  it('switches on either spelling of the change event', () => {
    const { host, emit } = hostWith(new Promise(() => undefined));
    followScheme(host);
    emit('colorScheme.changed', 'dark');
    expect(scheme()).toBe('dark');
    emit('colorScheme', 'light');
    expect(scheme()).toBe('light');
    emit('colorScheme.changed', { colorScheme: 'dark' });
    expect(scheme()).toBe('dark');
  });

  it('keeps a scheme an event announced over a late answer of the property', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const { host, emit } = hostWith(new Promise((resolve) => { answer = resolve; }));
    followScheme(host);
    emit('colorScheme.changed', 'dark');
    answer('light');
    await Promise.resolve();
    await Promise.resolve();
    expect(scheme()).toBe('dark');
  });

  it('keeps the scheme from the address when the host knows no such property', async () => {
    showSchemeFromAddress('https://a.example/?colorScheme=dark');
    const { host } = hostWith(Promise.reject(new Error('APIUnavailable')));
    followScheme(host);
    await Promise.resolve();
    await Promise.resolve();
    expect(scheme()).toBe('dark');
  });

  it('stops listening when asked', () => {
    const { host, emit, listening } = hostWith(new Promise(() => undefined));
    const stop = followScheme(host);
    expect(listening()).toBe(2);
    stop();
    expect(listening()).toBe(0);
    emit('colorScheme.changed', 'dark');
    expect(scheme()).toBeUndefined();
  });
});
