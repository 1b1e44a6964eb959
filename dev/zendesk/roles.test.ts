import { describe, expect, it } from 'vitest';
import { customRoles, people, staff } from './index.ts';
import { list, obj, useAccount } from './test-support.ts';

const zendesk = useAccount();

function as(id: number) {
  const zd = zendesk.open();
  zd.account.setActingUser(id);
  return zd;
}

describe('who the signed-in agent is (GET /api/v2/users/me)', () => {
  it('answers role, role_type and custom_role_id as Zendesk presents each kind of agent', async () => {
    const cases: Array<[number, string, number | null, number | null]> = [
      [staff.admin, 'admin', 4, null],
      [staff.agent, 'agent', null, null],
      [staff.lightAgent, 'agent', 1, customRoles.lightAgent],
      [staff.profileEditor, 'agent', 0, customRoles.profileEditor],
      [staff.readOnlyAgent, 'agent', 0, customRoles.readOnly],
    ];
    for (const [id, role, roleType, customRoleId] of cases) {
      const user = obj((await as(id).get('users/me.json')).json().user);
      expect(user).toMatchObject({ id, role, role_type: roleType, custom_role_id: customRoleId });
    }
  });
});

describe('custom roles', () => {
  it('lists every role with its configuration to any agent', async () => {
    const reply = await as(staff.readOnlyAgent).get('custom_roles.json');
    expect(reply.status).toBe(200);
    const roles = list(reply.json().custom_roles);
    const access = Object.fromEntries(roles.map((role) => [role.id, obj(role.configuration).end_user_profile_access]));
    expect(access).toEqual({ [customRoles.lightAgent]: 'readonly', [customRoles.profileEditor]: 'edit', [customRoles.readOnly]: 'readonly' });
    expect(roles.find((role) => role.id === customRoles.lightAgent)).toMatchObject({ role_type: 1, team_member_count: 1 });
  });

  it('shows one role to an admin, and refuses agents whose role may not manage roles', async () => {
    expect(obj((await as(staff.admin).get(`custom_roles/${customRoles.profileEditor}.json`)).json().custom_role).name).toBe('Profile editor');
    expect((await as(staff.profileEditor).get(`custom_roles/${customRoles.profileEditor}.json`)).status).toBe(403);
    expect((await as(staff.admin).get('custom_roles/7999.json')).status).toBe(404);
  });
});

describe('what each role may do to an end user', () => {
  const suspend = { user: { suspended: true } };
  const merge = { user: { id: people.zoeStudio } };
  const phone = { identity: { type: 'phone_number', value: '+15550109999' } };

  it('lets a role that edits end users suspend and add identities, but not merge (a merge deletes)', async () => {
    const zd = as(staff.profileEditor);
    expect((await zd.put(`users/${people.ordinary}.json`, suspend)).status).toBe(200);
    expect((await zd.post(`users/${people.ordinary}/identities.json`, phone)).status).toBe(201);
    const refused = await zd.put(`users/${people.zoe}/merge.json`, merge);
    expect(refused.status).toBe(403);
    expect(zd.account.users.has(people.zoe)).toBe(true);
  });

  it('refuses every change to a read-only role and to a light agent', async () => {
    for (const id of [staff.readOnlyAgent, staff.lightAgent]) {
      const zd = as(id);
      expect((await zd.put(`users/${people.ordinary}.json`, suspend)).status).toBe(403);
      expect((await zd.post(`users/${people.ordinary}/identities.json`, phone)).status).toBe(403);
      expect((await zd.put(`users/${people.zoe}/merge.json`, merge)).status).toBe(403);
      expect((await zd.get(`users/${people.ordinary}.json`)).status).toBe(200);
    }
  });

  it('sideloads abilities as a top-level list keyed by user_id', async () => {
    const body = (await as(staff.readOnlyAgent).get(`users/${people.ordinary}.json?include=abilities`)).json();
    expect(list(body.abilities)).toEqual([{
      url: `https://example.zendesk.com/api/v2/users/${people.ordinary}.json`,
      user_id: people.ordinary,
      can_edit: false,
      can_edit_password: false,
      can_manage_identities_of: false,
      can_verify_identities: false,
    }]);
    const editor = (await as(staff.profileEditor).get(`users/${people.ordinary}.json?include=abilities`)).json();
    expect(list(editor.abilities)[0]).toMatchObject({ can_edit: true, can_manage_identities_of: true });
  });
});

describe('ending a user\'s sessions (DELETE /api/v2/users/{id}/sessions)', () => {
  it('answers 204 with no body and records the sign-out', async () => {
    const zd = as(staff.agent);
    const reply = await zd.del(`users/${people.ordinary}/sessions`);
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    expect(zd.account.signOuts.map((entry) => entry.userId)).toEqual([people.ordinary]);
  });

  it('refuses agents who may not edit the user, and answers 404 for a missing one', async () => {
    expect((await as(staff.lightAgent).del(`users/${people.ordinary}/sessions`)).status).toBe(403);
    expect((await as(staff.readOnlyAgent).del(`users/${people.ordinary}/sessions`)).status).toBe(403);
    expect((await as(staff.agent).del(`users/${people.agentRequester}/sessions`)).status).toBe(403);
    expect((await as(staff.admin).del(`users/${people.agentRequester}/sessions`)).status).toBe(204);
    expect((await as(staff.admin).del('users/999999/sessions')).status).toBe(404);
  });
});
