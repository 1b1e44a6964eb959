import { describe, expect, it } from 'vitest';
import type { User } from '../../api/index.ts';
import { toAgent } from './agent.ts';
import { withRefusal } from './refusals.ts';
import { permission, settingOn, standingReason } from './permissions.ts';
import { accessFrom, roleNamed, standingFromAgent, standingFromRole } from './standing.ts';
import type { KnownStanding, Standing } from './standing.ts';

const user = (extra: Partial<User> = {}): User => ({
  id: 5, name: 'Dana', email: null, phone: null, role: 'end-user', roleType: null, organizationId: null,
  organizationName: null, suspended: false, active: true, shared: false, notes: '', photoUrl: null, ...extra,
});
const agent = toAgent({ id: 2, role: 'agent' });
const known = (extra: Partial<KnownStanding> = {}): KnownStanding => ({
  status: 'known', admin: false, lightAgent: false, edit: true, delete: true, withinOrganization: false, ...extra,
});
const adminStanding = known({ admin: true });
const me = (role: string | null, roleType: number | null, customRoleId: number | null = null) => ({ id: 2, role, roleType, customRoleId });

describe('toAgent', () => {
  it('takes only the id, locale and whether ZAF says admin: a role name decides nothing', () => {
    expect(toAgent({ id: 1, role: 'admin', locale: 'de' })).toEqual({ id: 1, role: 'admin', locale: 'de' });
    expect(toAgent({ role: 'Light Agent' }).role).toBe('agent');
    expect(toAgent(undefined)).toEqual({ id: null, role: 'agent', locale: 'en' });
  });
});

describe('the standing from /users/me and the custom role', () => {
  it('reads admins, built-in agents and light agents (role_type 1, whose ZAF role is "agent")', () => {
    expect(standingFromAgent(me('admin', 4))).toMatchObject({ status: 'known', admin: true, edit: true, delete: true });
    expect(standingFromAgent(me('agent', null))).toMatchObject({ status: 'known', admin: false, edit: true, delete: true });
    expect(standingFromAgent(me('agent', 1, 7001))).toMatchObject({ status: 'known', lightAgent: true, edit: false });
  });

  it('asks for the custom role of an agent in one', () => {
    expect(standingFromAgent(me('agent', 0, 7002))).toEqual({ status: 'needs-role', customRoleId: 7002 });
  });

  it('treats a missing or unexpected role as unknown', () => {
    expect(standingFromAgent(me(null, null))).toEqual({ status: 'unknown', why: 'unrecognised' });
    expect(standingFromAgent(me('end-user', null))).toEqual({ status: 'unknown', why: 'unrecognised' });
    expect(standingFromAgent(me('agent', 2))).toEqual({ status: 'unknown', why: 'unrecognised' });
  });

  it('reads end_user_profile_access, deleting only with "full"', () => {
    expect(accessFrom('full')).toEqual({ edit: true, delete: true, withinOrganization: false });
    expect(accessFrom('edit')).toEqual({ edit: true, delete: false, withinOrganization: false });
    expect(accessFrom('edit-within-org')).toEqual({ edit: true, delete: false, withinOrganization: true });
    expect(accessFrom('readonly')).toEqual({ edit: false, delete: false, withinOrganization: false });
    expect(accessFrom('something-new')).toBeNull();
    expect(accessFrom(null)).toBeNull();
  });

  it('finds the role in the list, and is unknown without it', () => {
    const roles = [
      { id: 7002, name: 'Profile editor', roleType: 0, endUserProfileAccess: 'edit' },
      { id: 7001, name: 'Light agent', roleType: 1, endUserProfileAccess: null },
    ];
    expect(standingFromRole(7002, roles)).toMatchObject({ status: 'known', edit: true, delete: false });
    expect(standingFromRole(7001, roles)).toMatchObject({ status: 'known', lightAgent: true });
    expect(standingFromRole(7009, roles)).toEqual({ status: 'unknown', why: 'unrecognised' });
  });

  it('finds the role ZAF names only when exactly one role has that name', () => {
    const roles = [
      { id: 1, name: 'Team lead', roleType: 0, endUserProfileAccess: 'full' },
      { id: 2, name: 'Twin', roleType: 0, endUserProfileAccess: 'full' },
      { id: 3, name: 'Twin', roleType: 0, endUserProfileAccess: 'readonly' },
    ];
    expect(roleNamed('Team lead', roles)?.id).toBe(1);
    expect(roleNamed('Twin', roles)).toBeNull();
    expect(roleNamed('Nobody', roles)).toBeNull();
  });
});

describe('permission', () => {
  it('offers nothing until the standing is known, with one panel-wide reason', () => {
    const cases: Array<[Standing, string]> = [
      [{ status: 'checking' }, 'permission.checking'],
      [{ status: 'unknown', why: 'failed' }, 'permission.checkFailed'],
      [{ status: 'unknown', why: 'unrecognised' }, 'permission.roleUnknown'],
      [known({ lightAgent: true, edit: false, delete: false }), 'permission.lightAgent'],
      [known({ edit: false, delete: false }), 'permission.readOnlyRole'],
    ];
    for (const [standing, reason] of cases) {
      for (const family of ['suspend', 'merge', 'identities'] as const) {
        expect(permission(family, agent, standing, user(), {})).toEqual({ allowed: false, reason, panelWide: true });
      }
      expect(standingReason(standing)).toBe(reason);
    }
  });

  it('lets agents act on end users', () => {
    for (const family of ['suspend', 'merge', 'identities'] as const) {
      expect(permission(family, agent, known(), user(), {})).toEqual({ allowed: true });
    }
  });

  it('lets a role that edits but does not delete end users suspend and edit identities, not merge', () => {
    const editor = known({ delete: false });
    expect(permission('suspend', agent, editor, user(), {})).toEqual({ allowed: true });
    expect(permission('identities', agent, editor, user(), {})).toEqual({ allowed: true });
    expect(permission('merge', agent, editor, user(), {})).toEqual({ allowed: false, reason: 'permission.mergeNeedsDelete' });
  });

  it('keeps agents away from other agents but lets admins act on them', () => {
    expect(permission('suspend', agent, known(), user({ role: 'agent' }), {})).toEqual({ allowed: false, reason: 'permission.endUsersOnly' });
    expect(permission('suspend', toAgent({ id: 1, role: 'admin' }), adminStanding, user({ role: 'agent' }), {})).toEqual({ allowed: true });
  });

  it('merges end users only, whoever asks', () => {
    expect(permission('merge', agent, adminStanding, user({ role: 'agent' }), {})).toEqual({ allowed: false, reason: 'permission.mergeEndUsersOnly' });
  });

  it('follows the settings that switch a family off or restrict it to admins', () => {
    expect(permission('merge', agent, adminStanding, user(), { merge_enabled: false })).toEqual({ allowed: false, reason: 'permission.mergeDisabled' });
    expect(permission('suspend', agent, known(), user(), { actions_admins_only: 'true' })).toEqual({ allowed: false, reason: 'permission.adminsOnly' });
    expect(permission('suspend', agent, adminStanding, user(), { actions_admins_only: true })).toEqual({ allowed: true });
  });

  it('lets a 403 for this user have the last word for this user and family only', () => {
    const refusals = withRefusal(new Map(), 5, { family: 'suspend', description: null });
    expect(permission('suspend', agent, known(), user(), {}, refusals)).toEqual({ allowed: false, reason: 'permission.refusedForUser' });
    expect(permission('identities', agent, known(), user(), {}, refusals)).toEqual({ allowed: true });
    expect(permission('suspend', agent, known(), user({ id: 6 }), {}, refusals)).toEqual({ allowed: true });
  });

  it("shows Zendesk's own description of a refusal, as isolated text", () => {
    const refusals = withRefusal(new Map(), 5, { family: 'merge', description: 'Shared users cannot be merged' });
    expect(permission('merge', agent, adminStanding, user(), {}, refusals)).toEqual({
      allowed: false, reason: 'permission.refusedForUserSaying', vars: { reason: '\u2068Shared users cannot be merged\u2069' },
    });
  });

  it('offers no change of a shared user, to admins either, and says why once for the panel', () => {
    for (const family of ['suspend', 'merge', 'identities'] as const) {
      expect(permission(family, agent, known(), user({ shared: true }), {})).toEqual({ allowed: false, reason: 'permission.sharedUser', panelWide: true });
      expect(permission(family, toAgent({ id: 1, role: 'admin' }), adminStanding, user({ shared: true }), {}))
        .toEqual({ allowed: false, reason: 'permission.sharedUser', panelWide: true });
    }
  });

  it('does not offer an admin to suspend themself', () => {
    expect(permission('suspend', toAgent({ id: 1, role: 'admin' }), adminStanding, user({ id: 1, role: 'admin' }), {})).toEqual({ allowed: false, reason: 'permission.notYourself' });
  });
});

describe('settingOn', () => {
  it('reads booleans, strings and absent values', () => {
    expect(settingOn({ a: 'false' }, 'a', true)).toBe(false);
    expect(settingOn({ a: 'true' }, 'a', false)).toBe(true);
    expect(settingOn({}, 'a', true)).toBe(true);
  });
});
