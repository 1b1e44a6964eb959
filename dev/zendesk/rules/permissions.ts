import type { Account } from '../store/account.ts';
import type { EndUserProfileAccess, UserRecord } from '../types.ts';

export type StaffKind = 'admin' | 'agent' | 'light-agent' | 'end-user';

export const lightAgentRoleType = 1;

export function staffKind(user: UserRecord): StaffKind {
  if (user.role === 'admin') return 'admin';
  if (user.role === 'agent') return user.role_type === lightAgentRoleType ? 'light-agent' : 'agent';
  return 'end-user';
}

/** Every kind of agent may read users, identities, tickets and search. */
export function canRead(acting: UserRecord): boolean {
  return staffKind(acting) !== 'end-user';
}

/**
 * What the agent may do with end-user profiles. Admins and agents without a custom role have
 * "full" access (create, edit, delete); light agents cannot edit profiles ("readonly"); an agent
 * in a custom role has what the role's `configuration.end_user_profile_access` says (Custom
 * Agent Roles API). A role the account does not know gives nothing.
 */
export function endUserAccess(account: Account, acting: UserRecord): EndUserProfileAccess | null {
  const kind = staffKind(acting);
  if (kind === 'end-user') return null;
  if (kind === 'light-agent') return 'readonly';
  if (kind === 'admin' || acting.custom_role_id === null) return 'full';
  return account.customRoles.get(acting.custom_role_id)?.configuration.end_user_profile_access ?? null;
}

function mayEditEndUser(account: Account, acting: UserRecord, target: UserRecord): boolean {
  const access = endUserAccess(account, acting);
  if (access === 'full' || access === 'edit') return true;
  // "Add and edit within their organization": the end user must share one of the agent's organizations.
  return access === 'edit-within-org' && target.organization_id !== null && target.organization_id === acting.organization_id;
}

/**
 * "Agents can only update end users. Administrators can update end users, agents, and
 * administrators." Light agents and read-only custom roles have no permission to edit profiles.
 * Everyone may edit their own.
 */
export function canEditUser(account: Account, acting: UserRecord, target: UserRecord): boolean {
  const kind = staffKind(acting);
  if (kind === 'end-user') return false;
  if (acting.id === target.id) return true;
  if (kind === 'admin') return true;
  return target.role === 'end-user' && mayEditEndUser(account, acting, target);
}

/**
 * "Admins or agents with permission to edit end users" may merge, and a merge deletes the merged
 * user: since 2025 a custom role may edit end users without deleting them, so the account asks for
 * the access that also deletes ("full").
 */
export function canMerge(account: Account, acting: UserRecord): boolean {
  const kind = staffKind(acting);
  return kind === 'admin' || (kind === 'agent' && endUserAccess(account, acting) === 'full');
}

/** Identity writes: "an agent can add an identity to any user profile" they may edit. */
export function canWriteIdentities(account: Account, acting: UserRecord, target: UserRecord): boolean {
  const kind = staffKind(acting);
  if (kind === 'admin') return true;
  if (kind !== 'agent') return false;
  return acting.id === target.id || target.role !== 'end-user' || mayEditEndUser(account, acting, target);
}

/** Roles decide what everything else may do, so only admins change them. */
export function canChangeRole(acting: UserRecord): boolean {
  return staffKind(acting) === 'admin';
}
