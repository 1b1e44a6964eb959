import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/api/index.ts';
import { createFakeHost } from '../support/fakeHost.ts';
import { useZendesk } from '../support/world.ts';

const zendesk = useZendesk();

/** An API whose every answer is `body`, to try shapes Zendesk may send. */
function answering(body: unknown) {
  const host = createFakeHost(async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
  return { host, api: createApi(host, { timeoutMs: 1_000 }) };
}

const identity = { id: 7, user_id: 1, type: 'email', value: 'a@example.org', verified: true, primary: true };

describe('the identities sideload and its pages', () => {
  it('marks a sideload of 100 as a part, and a short one as complete', async () => {
    const many = zendesk.world('many-identities');
    const cut = await many.api.showProfile(many.requesterId ?? 0);
    expect(cut.identities).toHaveLength(100);
    expect(cut.identitiesComplete).toBe(false);
    const ordinary = zendesk.world('ordinary');
    expect((await ordinary.api.showProfile(ordinary.requesterId ?? 0)).identitiesComplete).toBe(true);
  });

  it('marks a missing sideload as a part', async () => {
    const { api } = answering({ user: { id: 1, name: 'Sam', role: 'end-user' } });
    const profile = await api.showProfile(1);
    expect(profile.identities).toEqual([]);
    expect(profile.identitiesComplete).toBe(false);
  });

  it('reads a page of at most 100 with its cursor, and none after the last', async () => {
    const world = zendesk.world('many-identities');
    const userId = world.requesterId ?? 0;
    const first = await world.api.listIdentityPage(userId);
    expect(first.identities).toHaveLength(100);
    expect(first.next).toEqual(expect.any(String));
    expect(world.host.requests[0]?.url).toContain('page%5Bsize%5D=100');
    const second = await world.api.listIdentityPage(userId, first.next ?? undefined);
    const third = await world.api.listIdentityPage(userId, second.next ?? undefined);
    expect(third.identities).toHaveLength(50);
    expect(third.next).toBeNull();
  });

  it('takes the cursor from links.next when meta has none', async () => {
    const { api } = answering({
      identities: [identity],
      meta: { has_more: true },
      links: { next: 'https://example.zendesk.com/api/v2/users/1/identities.json?page%5Bafter%5D=xyz&page%5Bsize%5D=100' },
    });
    expect((await api.listIdentityPage(1)).next).toBe('xyz');
  });

  it('stops at has_more false even when a cursor is given', async () => {
    const { api } = answering({ identities: [identity], meta: { has_more: false, after_cursor: 'abc' } });
    expect((await api.listIdentityPage(1)).next).toBeNull();
  });

  it('calls a page that says "more" without any cursor malformed', async () => {
    const { api } = answering({ identities: [identity], meta: { has_more: true } });
    await expect(api.listIdentityPage(1)).rejects.toMatchObject({ kind: 'malformed' });
  });
});
