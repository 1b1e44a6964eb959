import { describe, expect, it } from 'vitest';
import type { Identity } from '../../api/index.ts';
import { availableActions, primaryOf, withIdentity, withoutIdentity, withPrimary } from './changes.ts';

const identity = (id: number, type: string, extra: Partial<Identity> = {}): Identity => ({
  id, userId: 1, type, value: `v${id}`, verified: false, primary: false, undeliverable: false, ...extra,
});

const list = [
  identity(1, 'email', { primary: true, verified: true }),
  identity(2, 'email'),
  identity(3, 'phone_number', { primary: true }),
];

describe('withPrimary', () => {
  it('moves the primary within one type and leaves other types alone', () => {
    const changed = withPrimary(list, 'email', 2);
    expect(changed.map((item) => item.primary)).toEqual([false, true, true]);
    expect(changed[2]).toBe(list[2]);
  });

  it('rolls back to an earlier primary, or to none', () => {
    expect(withPrimary(withPrimary(list, 'email', 2), 'email', 1)).toEqual(list);
    expect(withPrimary(list, 'phone_number', null).map((item) => item.primary)).toEqual([true, false, false]);
  });
});

describe('primaryOf', () => {
  it('finds the primary of a type', () => {
    expect(primaryOf(list, 'email')).toBe(1);
    expect(primaryOf(list, 'twitter')).toBeNull();
  });
});

describe('withIdentity and withoutIdentity', () => {
  it('replaces in place, appends what is new, and removes by id', () => {
    const verified = { ...identity(2, 'email'), verified: true };
    expect(withIdentity(list, verified)[1]).toBe(verified);
    expect(withIdentity(list, identity(4, 'email')).map((item) => item.id)).toEqual([1, 2, 3, 4]);
    expect(withoutIdentity(list, 2).map((item) => item.id)).toEqual([1, 3]);
  });
});

describe('availableActions', () => {
  it('offers verification emails for unverified emails only', () => {
    expect(availableActions(identity(5, 'email'))).toEqual(['makePrimary', 'verify', 'requestVerification', 'remove']);
    expect(availableActions(identity(6, 'phone_number'))).toEqual(['makePrimary', 'verify', 'remove']);
  });

  it('offers a verified primary nothing but removal', () => {
    expect(availableActions(identity(7, 'twitter', { primary: true, verified: true }))).toEqual(['remove']);
  });
});
