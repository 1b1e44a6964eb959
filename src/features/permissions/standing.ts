import type { CurrentAgent, CustomRole } from '../../api/index.ts';

/** The action families of the panel; each maps to what Zendesk lets an agent do to end users. */
export type ActionFamily = 'suspend' | 'merge' | 'identities';

/**
 * What Zendesk lets the signed-in agent do to end users, read from the API rather than from
 * ZAF's `currentUser.role` (which says "admin", "agent" or a custom role's name, never "light agent").
 */
export interface KnownStanding {
  status: 'known';
  admin: boolean;
  /** Users API `role_type` 1 (or a custom role of that type): may view, never change users. */
  lightAgent: boolean;
  /** May create and edit end users (suspend, identities, sign-out). */
  edit: boolean;
  /** May also delete end users; a merge deletes the merged user. */
  delete: boolean;
  /** "edit-within-org": only end users of the agent's organizations; Zendesk checks each one. */
  withinOrganization: boolean;
}

export type Standing =
  | { status: 'checking' }
  | KnownStanding
  /** The role could not be read or is not one this app understands: nothing is offered. */
  | { status: 'unknown'; why: 'failed' | 'unrecognised' };

type Access = Pick<KnownStanding, 'edit' | 'delete' | 'withinOrganization'>;

const NONE: Access = { edit: false, delete: false, withinOrganization: false };

/**
 * `end_user_profile_access` (Custom Agent Roles API): "edit", "edit-within-org", "full",
 * "readonly". Since 2025 a role may create and edit end users without deleting them (Zendesk
 * announcement, September 2025); the docs do not say which value carries that, so only "full"
 * is read as deleting. Anything else is not understood: null.
 */
export function accessFrom(value: string | null): Access | null {
  switch (value) {
    case 'full':
      return { edit: true, delete: true, withinOrganization: false };
    case 'edit':
      return { edit: true, delete: false, withinOrganization: false };
    case 'edit-within-org':
      return { edit: true, delete: false, withinOrganization: true };
    case 'readonly':
      return NONE;
    default:
      return null;
  }
}

const LIGHT_AGENT = 1;

const known = (admin: boolean, lightAgent: boolean, access: Access): KnownStanding =>
  ({ status: 'known', admin, lightAgent, ...access });

/**
 * Whether `/users/me` alone decides, or the agent's custom role must be read too. Admins and
 * agents without a custom role are Zendesk's built-in roles; role_type 1 is a light agent.
 */
export function standingFromAgent(me: CurrentAgent): Standing | { status: 'needs-role'; customRoleId: number } {
  if (me.role === 'admin') return known(true, false, { edit: true, delete: true, withinOrganization: false });
  if (me.role !== 'agent') return { status: 'unknown', why: 'unrecognised' };
  if (me.roleType === LIGHT_AGENT) return known(false, true, NONE);
  if (me.customRoleId === null) {
    // A built-in agent: Zendesk's "Agents can only update end users"; 403s correct the rest.
    return me.roleType === null || me.roleType === 0 ? known(false, false, { edit: true, delete: true, withinOrganization: false }) : { status: 'unknown', why: 'unrecognised' };
  }
  return { status: 'needs-role', customRoleId: me.customRoleId };
}

/**
 * The custom role ZAF names: on Enterprise, `currentUser.role` is a custom role's name (role
 * names are unique in an account, Zendesk help "Managing custom roles"). Null unless exactly one
 * role has that name: the caller then asks `/users/me`.
 */
export function roleNamed(name: string, roles: readonly CustomRole[]): CustomRole | null {
  const found = roles.filter((role) => role.name === name);
  return found.length === 1 ? found[0] ?? null : null;
}

/** The standing of an agent in custom role `id`, from the account's roles. */
export function standingFromRole(id: number, roles: readonly CustomRole[]): Standing {
  const role = roles.find((candidate) => candidate.id === id);
  if (!role) return { status: 'unknown', why: 'unrecognised' };
  if (role.roleType === LIGHT_AGENT) return known(false, true, NONE);
  const access = accessFrom(role.endUserProfileAccess);
  return access ? known(false, false, access) : { status: 'unknown', why: 'unrecognised' };
}

