import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeHost } from '../../test/support/fakeHost.ts';

const chunk = { fails: true };

beforeEach(() => {
  chunk.fails = true;
  vi.resetModules();
  vi.doMock('./afterFirstView.ts', async (original) => {
    if (chunk.fails) throw new TypeError('Failed to fetch dynamically imported module');
    return original();
  });
});

describe('the operations loaded after the first view', () => {
  it('fail as a request that never left when their code cannot be downloaded', async () => {
    const { createApi, isApiError } = await import('./index.ts');
    const host = createFakeHost(() => Promise.resolve(new Response('{}')));
    const error: unknown = await createApi(host).updateUser(7, { suspended: true }).catch((caught: unknown) => caught);
    expect(isApiError(error) && error.kind).toBe('unsent');
    expect(host.requests).toEqual([]);
  });

  it('load their code again on the next call after a failed download', async () => {
    const { createApi } = await import('./index.ts');
    const host = createFakeHost(() => Promise.resolve(Response.json({ user: { id: 7, name: 'Dana', role: 'end-user' } })));
    const api = createApi(host);
    await expect(api.showUser(7)).rejects.toMatchObject({ kind: 'unsent' });
    chunk.fails = false;
    await expect(api.showUser(7)).resolves.toMatchObject({ id: 7, name: 'Dana' });
    expect(host.requests.map((request) => request.url)).toEqual(['/api/v2/users/7.json']);
  });
});
