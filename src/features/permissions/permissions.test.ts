import { describe, expect, it } from 'vitest';
import type { User } from '../../api/index.ts';
import { toAgent } from './agent.ts';
import { permission, settingOn } from './permissions.ts';

const user = (extra: Partial<User> = {}): User => ({
  id: 5, name: 'Dana', email: null, phone: null, role: 'end-user', roleType: null, organizationId: null,
  organizationName: null, suspended: false, active: true, shared: false, notes: '', photoUrl: null, ...extra,
});
const admin = toAgent({ id: 1, role: 'admin' });
const agent = toAgent({ id: 2, role: 'agent' });
const lightAgent = toAgent({ id: 3, role: 'light-agent' });

describe('toAgent', () => {
  it('reads admins, agents and light agents', () => {
    expect(toAgent({ id: 1, role: 'admin', locale: 'de' })).toEqual({ id: 1, role: 'admin', locale: 'de' });
    expect(toAgent({ role: 'Light Agent' }).role).toBe('light-agent');
    expect(toAgent({ role: 'Team lead' }).role).toBe('agent');
    expect(toAgent(undefined)).toEqual({ id: null, role: 'agent', locale: 'en' });
  });
});

describe('permission', () => {
  it('lets agents act on end users', () => {
    for (const family of ['suspend', 'merge', 'identities'] as const) {
      expect(permission(family, agent, user(), {})).toEqual({ allowed: true });
    }
  });

  it('gives light agents a read-only panel', () => {
    expect(permission('identities', lightAgent, user(), {})).toEqual({ allowed: false, reason: 'permission.lightAgent' });
  });

  it('keeps agents away from other agents but lets admins act on them', () => {
    expect(permission('suspend', agent, user({ role: 'agent' }), {})).toEqual({ allowed: false, reason: 'permission.endUsersOnly' });
    expect(permission('suspend', admin, user({ role: 'agent' }), {})).toEqual({ allowed: true });
  });

  it('merges end users only, whoever asks', () => {
    expect(permission('merge', admin, user({ role: 'agent' }), {})).toEqual({ allowed: false, reason: 'permission.mergeEndUsersOnly' });
  });

  it('follows the settings that switch a family off or restrict it to admins', () => {
    expect(permission('merge', admin, user(), { merge_enabled: false })).toEqual({ allowed: false, reason: 'permission.mergeDisabled' });
    expect(permission('suspend', agent, user(), { actions_admins_only: 'true' })).toEqual({ allowed: false, reason: 'permission.adminsOnly' });
    expect(permission('suspend', admin, user(), { actions_admins_only: true })).toEqual({ allowed: true });
  });

  it('does not offer an admin to suspend themself', () => {
    expect(permission('suspend', admin, user({ id: 1, role: 'admin' }), {})).toEqual({ allowed: false, reason: 'permission.notYourself' });
  });
});

describe('settingOn', () => {
  it('reads booleans, strings and absent values', () => {
    expect(settingOn({ a: 'false' }, 'a', true)).toBe(false);
    expect(settingOn({ a: 'true' }, 'a', false)).toBe(true);
    expect(settingOn({}, 'a', true)).toBe(true);
  });
});
