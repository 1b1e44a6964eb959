// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZendeskApi } from '../../api/index.ts';
import { ApiError } from '../../api/index.ts';
import type { KnownStanding } from './standing.ts';
import { cachedStanding, createStandingCache, loadStanding, refreshStanding, standingMayBeKnown, storeStanding } from './standingStore.ts';
import type { StandingCache } from './standingStore.ts';
import { openShare } from '../../shell/share.ts';

const agentStanding: KnownStanding = {
  status: 'known', admin: false, lightAgent: false, edit: true, delete: true, withinOrganization: false,
};

function fakeApi(answers: { me: () => Promise<unknown>; roles?: () => Promise<unknown> }) {
  const calls: string[] = [];
  const api = {
    showCurrentAgent: () => { calls.push('me'); return answers.me(); },
    listCustomRoles: () => { calls.push('roles'); return answers.roles?.() ?? Promise.resolve([]); },
  } as unknown as ZendeskApi;
  return { api, calls };
}

let cache: StandingCache;
// Each case is a new browser session: storage empty, a new app instance's cache.
beforeEach(() => {
  sessionStorage.clear();
  cache = createStandingCache();
});

describe('the standing store', () => {
  it('keeps the answer in sessionStorage, keyed by agent, for the next app instance', () => {
    storeStanding(cache, '42', agentStanding);
    expect(JSON.parse(sessionStorage.getItem('requester-toolkit.standing.v2.42') ?? 'null')).toEqual(agentStanding);
    sessionStorage.setItem('requester-toolkit.standing.v2.7', JSON.stringify({ ...agentStanding, delete: false }));
    expect(cachedStanding(createStandingCache(), '7')).toEqual({ ...agentStanding, delete: false });
    expect(cachedStanding(cache, '8')).toBeNull();
  });

  it('ignores a stored value of the wrong shape', () => {
    sessionStorage.setItem('requester-toolkit.standing.v2.9', JSON.stringify({ status: 'known', edit: 'yes' }));
    expect(cachedStanding(cache, '9')).toBeNull();
  });

  it('sends one request for several panels asking at once, and none once known', async () => {
    const { api, calls } = fakeApi({ me: async () => ({ id: 2, role: 'agent', roleType: null, customRoleId: null }) });
    const [a, b] = await Promise.all([loadStanding(cache, api, '2'), loadStanding(cache, api, '2')]);
    expect(a).toEqual(agentStanding);
    expect(b).toEqual(agentStanding);
    await loadStanding(cache, api, '2');
    expect(calls).toEqual(['me']);
  });

  it('reads the custom roles only for an agent in one', async () => {
    const { api, calls } = fakeApi({
      me: async () => ({ id: 3, role: 'agent', roleType: 0, customRoleId: 7002 }),
      roles: async () => [{ id: 7002, name: 'Profile editor', roleType: 0, endUserProfileAccess: 'edit' }],
    });
    expect(await loadStanding(cache, api, '3', 'agent')).toMatchObject({ edit: true, delete: false });
    expect(calls).toEqual(['me', 'roles']);
  });

  it('reads only the roles when ZAF names the custom role, and asks /users/me when the name is not found', async () => {
    const roles = async () => [{ id: 7002, name: 'Profile editor', roleType: 0, endUserProfileAccess: 'edit' }];
    const named = fakeApi({ me: async () => ({ id: 6, role: 'agent', roleType: 0, customRoleId: 7002 }), roles });
    expect(await loadStanding(cache, named.api, '6', 'Profile editor')).toMatchObject({ edit: true, delete: false });
    expect(named.calls).toEqual(['roles']);
    const renamed = fakeApi({ me: async () => ({ id: 7, role: 'agent', roleType: 0, customRoleId: 7002 }), roles });
    expect(await loadStanding(cache, renamed.api, '7', 'Editeur de profils')).toMatchObject({ edit: true, delete: false });
    expect(renamed.calls).toEqual(['roles', 'me']);
  });

  it('does not keep a failure: the next panel asks again', async () => {
    let fail = true;
    const { api, calls } = fakeApi({
      me: async () => {
        if (fail) throw new ApiError({ kind: 'http', status: 503, method: 'GET', path: '/api/v2/users/me.json' });
        return { id: 4, role: 'admin', roleType: 4, customRoleId: null };
      },
    });
    expect(await loadStanding(cache, api, '4')).toEqual({ status: 'unknown', why: 'failed' });
    fail = false;
    expect(await loadStanding(cache, api, '4')).toMatchObject({ status: 'known', admin: true });
    expect(calls).toEqual(['me', 'me']);
  });

  it('ignores an answer stored by an earlier version, with its refusals: Zendesk is asked again', () => {
    sessionStorage.setItem('requester-toolkit.standing.v1.5', JSON.stringify({ ...agentStanding, refused: ['suspend'] }));
    expect(cachedStanding(cache, '5')).toBeNull();
  });

  it('reads the standing again past the stored one, and stores what Zendesk now says', async () => {
    storeStanding(cache, '5', agentStanding);
    const { api, calls } = fakeApi({ me: async () => ({ id: 5, role: 'agent', roleType: 1, customRoleId: null }) });
    expect(await refreshStanding(cache, api, '5', 'agent')).toMatchObject({ lightAgent: true, edit: false });
    expect(cachedStanding(cache, '5')).toMatchObject({ lightAgent: true });
    expect(calls).toEqual(['me']);
  });

  it('keeps the stored standing when reading it again fails', async () => {
    storeStanding(cache, '5', agentStanding);
    const { api } = fakeApi({ me: () => Promise.reject(new ApiError({ kind: 'network', status: 0, method: 'GET', path: '/api/v2/users/me.json' })) });
    expect(await refreshStanding(cache, api, '5', 'agent')).toBeNull();
    expect(cachedStanding(cache, '5')).toEqual(agentStanding);
  });

  it('takes the answer another app instance of the page read, where storage is refused, and reads nothing', async () => {
    const refused = vi.spyOn(sessionStorage, 'getItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const shared = createStandingCache(openShare());
    const otherInstance = openShare();
    otherInstance.tell('standing', { value: agentStanding, readAt: Date.now(), agent: '11', keepMs: Infinity });
    const { api, calls } = fakeApi({ me: async () => ({ id: 11, role: 'agent', roleType: null, customRoleId: null }) });
    await vi.waitFor(() => expect(cachedStanding(shared, '11')).toEqual(agentStanding));
    expect(await loadStanding(shared, api, '11')).toEqual(agentStanding);
    expect(calls).toEqual([]);
    refused.mockRestore();
  });

  it('tells the other app instances of the page what it read, for that agent only', async () => {
    const shared = createStandingCache(openShare());
    const otherInstance = openShare();
    const { api } = fakeApi({ me: async () => ({ id: 12, role: 'agent', roleType: null, customRoleId: null }) });
    await loadStanding(shared, api, '12');
    await vi.waitFor(() => expect(otherInstance.take('standing', '12', Infinity)?.value).toEqual(agentStanding));
    expect(otherInstance.take('standing', '13', Infinity)).toBeNull();
  });

  it('tells start-up whether the role may be known, from storage or another instance, for that agent only', async () => {
    expect(standingMayBeKnown('21', null)).toBe(false);
    storeStanding(cache, '21', agentStanding);
    expect(standingMayBeKnown('21', null)).toBe(true);
    const share = openShare();
    openShare().tell('standing', { value: agentStanding, readAt: Date.now(), agent: '22', keepMs: Infinity });
    await vi.waitFor(() => expect(standingMayBeKnown('22', share)).toBe(true));
    expect(standingMayBeKnown('23', share)).toBe(false);
  });
});
