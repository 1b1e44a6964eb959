import { describe, expect, it } from 'vitest';
import { endlessIdentityPages } from '../../api/index.ts';
import type { Identity, IdentityPage } from '../../api/index.ts';
import { readRestOfIdentities, START, withMore } from './restOfIdentities.ts';

const identity = (id: number): Identity => ({ id, userId: 1, type: 'email', value: `a${id}@example.org`, verified: false, primary: false, undeliverable: false });

function pages(answers: IdentityPage[]) {
  const asked: Array<string | undefined> = [];
  return {
    asked,
    api: {
      listIdentityPage: (_userId: number, after?: string) => {
        asked.push(after);
        const next = answers.shift();
        return next ? Promise.resolve(next) : Promise.reject(new Error('no more pages'));
      },
    },
  };
}

describe('readRestOfIdentities', () => {
  it('follows the cursor to the last page and reports each page on the way', async () => {
    const { api, asked } = pages([
      { identities: [identity(1), identity(2)], next: 'c1' },
      { identities: [identity(3)], next: null },
    ]);
    const seen: number[] = [];
    const all = await readRestOfIdentities(api, 1, START, new AbortController().signal, (p) => seen.push(p.loaded.length), endlessIdentityPages);
    expect(all.map((i) => i.id)).toEqual([1, 2, 3]);
    expect(asked).toEqual([undefined, 'c1']);
    expect(seen).toEqual([2]);
  });

  it('goes on from the progress it is given', async () => {
    const { api, asked } = pages([{ identities: [identity(3)], next: null }]);
    const all = await readRestOfIdentities(api, 1, { loaded: [identity(1)], after: 'c1', pages: 1 }, new AbortController().signal, () => {}, endlessIdentityPages);
    expect(asked).toEqual(['c1']);
    expect(all.map((i) => i.id)).toEqual([1, 3]);
  });

  it('stops with a malformed error when a cursor comes back', async () => {
    const { api } = pages([
      { identities: [identity(1)], next: 'same' },
      { identities: [identity(2)], next: 'same' },
    ]);
    await expect(readRestOfIdentities(api, 1, START, new AbortController().signal, () => {}, endlessIdentityPages)).rejects.toMatchObject({ kind: 'malformed' });
  });
});

describe('withMore', () => {
  it('adds what the list lacks, without doubles', () => {
    expect(withMore([identity(1), identity(2)], [identity(2), identity(3)]).map((i) => i.id)).toEqual([1, 2, 3]);
  });
});
