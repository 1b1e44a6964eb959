// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ZendeskApi } from '../../api/index.ts';
import { ApiError } from '../../api/index.ts';
import type { KnownStanding } from './standing.ts';
import { cachedStanding, forgetStandings, loadStanding, rememberRefusal, shareStandingsWith, storeStanding } from './standingStore.ts';
import { openShare } from '../../shell/share.ts';

const agentStanding: KnownStanding = {
  status: 'known', admin: false, lightAgent: false, edit: true, delete: true, withinOrganization: false, refused: [],
};

function fakeApi(answers: { me: () => Promise<unknown>; roles?: () => Promise<unknown> }) {
  const calls: string[] = [];
  const api = {
    showCurrentAgent: () => { calls.push('me'); return answers.me(); },
    listCustomRoles: () => { calls.push('roles'); return answers.roles?.() ?? Promise.resolve([]); },
  } as unknown as ZendeskApi;
  return { api, calls };
}

// This instance's channel, as start-up hands it over; the tests open others beside it.
shareStandingsWith(openShare());
afterEach(forgetStandings);

describe('the standing store', () => {
  it('keeps the answer in sessionStorage, keyed by agent, for the next app instance', () => {
    storeStanding('42', agentStanding);
    expect(JSON.parse(sessionStorage.getItem('requester-toolkit.standing.v1.42') ?? 'null')).toEqual(agentStanding);
    sessionStorage.setItem('requester-toolkit.standing.v1.7', JSON.stringify({ ...agentStanding, delete: false }));
    expect(cachedStanding('7')).toEqual({ ...agentStanding, delete: false });
    expect(cachedStanding('8')).toBeNull();
  });

  it('ignores a stored value of the wrong shape', () => {
    sessionStorage.setItem('requester-toolkit.standing.v1.9', JSON.stringify({ status: 'known', edit: 'yes' }));
    expect(cachedStanding('9')).toBeNull();
  });

  it('sends one request for several panels asking at once, and none once known', async () => {
    const { api, calls } = fakeApi({ me: async () => ({ id: 2, role: 'agent', roleType: null, customRoleId: null }) });
    const [a, b] = await Promise.all([loadStanding(api, '2'), loadStanding(api, '2')]);
    expect(a).toEqual(agentStanding);
    expect(b).toEqual(agentStanding);
    await loadStanding(api, '2');
    expect(calls).toEqual(['me']);
  });

  it('reads the custom roles only for an agent in one', async () => {
    const { api, calls } = fakeApi({
      me: async () => ({ id: 3, role: 'agent', roleType: 0, customRoleId: 7002 }),
      roles: async () => [{ id: 7002, name: 'Profile editor', roleType: 0, endUserProfileAccess: 'edit' }],
    });
    expect(await loadStanding(api, '3', 'agent')).toMatchObject({ edit: true, delete: false });
    expect(calls).toEqual(['me', 'roles']);
  });

  it('reads only the roles when ZAF names the custom role, and asks /users/me when the name is not found', async () => {
    const roles = async () => [{ id: 7002, name: 'Profile editor', roleType: 0, endUserProfileAccess: 'edit' }];
    const named = fakeApi({ me: async () => ({ id: 6, role: 'agent', roleType: 0, customRoleId: 7002 }), roles });
    expect(await loadStanding(named.api, '6', 'Profile editor')).toMatchObject({ edit: true, delete: false });
    expect(named.calls).toEqual(['roles']);
    const renamed = fakeApi({ me: async () => ({ id: 7, role: 'agent', roleType: 0, customRoleId: 7002 }), roles });
    expect(await loadStanding(renamed.api, '7', 'Editeur de profils')).toMatchObject({ edit: true, delete: false });
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
    expect(await loadStanding(api, '4')).toEqual({ status: 'unknown', why: 'failed' });
    fail = false;
    expect(await loadStanding(api, '4')).toMatchObject({ status: 'known', admin: true });
    expect(calls).toEqual(['me', 'me']);
  });

  it('remembers a refusal for the rest of the session', () => {
    storeStanding('5', agentStanding);
    rememberRefusal('5', agentStanding, 'merge');
    expect(JSON.parse(sessionStorage.getItem('requester-toolkit.standing.v1.5') ?? 'null').refused).toEqual(['merge']);
  });

  it('takes the answer another app instance of the page read, where storage is refused, and reads nothing', async () => {
    const refused = vi.spyOn(sessionStorage, 'getItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const otherInstance = openShare();
    otherInstance.tell('standing', { value: agentStanding, readAt: Date.now(), agent: '11', keepMs: Infinity });
    const { api, calls } = fakeApi({ me: async () => ({ id: 11, role: 'agent', roleType: null, customRoleId: null }) });
    await vi.waitFor(() => expect(cachedStanding('11')).toEqual(agentStanding));
    expect(await loadStanding(api, '11')).toEqual(agentStanding);
    expect(calls).toEqual([]);
    refused.mockRestore();
  });

  it('tells the other app instances of the page what it read, and every refusal after', async () => {
    const otherInstance = openShare();
    const { api } = fakeApi({ me: async () => ({ id: 12, role: 'agent', roleType: null, customRoleId: null }) });
    await loadStanding(api, '12');
    await vi.waitFor(() => expect(otherInstance.take('standing', '12', Infinity)?.value).toEqual(agentStanding));
    rememberRefusal('12', agentStanding, 'suspend');
    await vi.waitFor(() => expect(otherInstance.take('standing', '12', Infinity)?.value).toMatchObject({ refused: ['suspend'] }));
    expect(otherInstance.take('standing', '13', Infinity)).toBeNull();
  });
});
