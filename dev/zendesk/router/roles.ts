import { forbidden, noContent, notFound, ok } from '../json/answers.ts';
import { canEditUser, staffKind } from '../rules/permissions.ts';
import type { CustomRoleRecord } from '../types.ts';
import { param, type RouteTable } from './context.ts';

/** Custom Agent Roles API's JSON for one role. */
function customRoleJson(role: CustomRoleRecord, teamMembers: number) {
  return {
    id: role.id,
    name: role.name,
    description: role.description,
    role_type: role.role_type,
    team_member_count: teamMembers,
    created_at: role.created_at,
    updated_at: role.updated_at,
    configuration: { ...role.configuration },
  };
}

export const roleRoutes: RouteTable = {
  /** "List Custom Roles", Allowed For: Agents. */
  'custom_roles.list': ({ account }) => {
    const roles = [...account.customRoles.values()];
    const members = (id: number) => [...account.users.values()].filter((user) => user.custom_role_id === id).length;
    return ok({ custom_roles: roles.map((role) => customRoleJson(role, members(role.id))), next_page: null, previous_page: null, count: roles.length });
  },

  /** "Show Custom Role": for admins and agents whose role may manage roles; other agents are refused. */
  'custom_roles.show': (context) => {
    const { account } = context;
    const acting = account.actingUser;
    const ownRole = acting.custom_role_id === null ? undefined : account.customRoles.get(acting.custom_role_id);
    if (staffKind(acting) !== 'admin' && !ownRole?.configuration.manage_roles) return forbidden();
    const role = account.customRoles.get(param(context, 'customRoleId'));
    if (!role) return notFound();
    const members = [...account.users.values()].filter((user) => user.custom_role_id === role.id).length;
    return ok({ custom_role: customRoleJson(role, members) });
  },

  /**
   * Sessions API, "Bulk Delete Sessions" (DELETE /api/v2/users/{user_id}/sessions): "Deletes all the
   * sessions for a user", Allowed For Admins, Agents, End users. The reference is silent on which
   * users an agent may sign out; the account asks for what editing that user asks for (so light
   * agents and read-only roles are refused), and answers 204 with no body.
   */
  'sessions.delete_all': (context) => {
    const { account } = context;
    const user = account.users.get(param(context, 'userId'));
    if (!user) return notFound();
    if (!canEditUser(account, account.actingUser, user)) return forbidden();
    account.signOuts.push({ userId: user.id, at: account.timestamp() });
    return noContent();
  },
};
