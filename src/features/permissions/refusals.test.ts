import { describe, expect, it } from 'vitest';
import { createRefusalStore, refusalOf, withRefusal } from './refusals.ts';

describe('refusals kept per user', () => {
  it('remembers a refusal for the user and family it was about, and nothing else', () => {
    const memory = withRefusal(new Map(), 11, { family: 'suspend', description: 'Shared users cannot be updated' });
    expect(refusalOf(memory, 11, 'suspend')).toEqual({ family: 'suspend', description: 'Shared users cannot be updated' });
    expect(refusalOf(memory, 11, 'merge')).toBeNull();
    expect(refusalOf(memory, 12, 'suspend')).toBeNull();
  });

  it('leaves the memory it was given unchanged', () => {
    const before = withRefusal(new Map(), 11, { family: 'suspend', description: null });
    const after = withRefusal(before, 11, { family: 'merge', description: null });
    expect(refusalOf(before, 11, 'merge')).toBeNull();
    expect(refusalOf(after, 11, 'suspend')).not.toBeNull();
  });

  it('tells subscribers of each change until they unsubscribe', () => {
    const store = createRefusalStore();
    let calls = 0;
    const stop = store.subscribe(() => { calls += 1; });
    store.remember(3, { family: 'identities', description: null });
    expect(refusalOf(store.current(), 3, 'identities')).not.toBeNull();
    stop();
    store.remember(4, { family: 'identities', description: null });
    expect(calls).toBe(1);
  });

  it('keeps two stores apart, as two app instances are', () => {
    const first = createRefusalStore();
    const second = createRefusalStore();
    first.remember(3, { family: 'suspend', description: null });
    expect(refusalOf(second.current(), 3, 'suspend')).toBeNull();
  });
});
