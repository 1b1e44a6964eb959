import type { UserRecord } from '../types.ts';

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
 * "Agents can only update end users. Administrators can update end users, agents, and
 * administrators." Light agents have no permission to edit profiles. Everyone may edit their own.
 */
export function canEditUser(acting: UserRecord, target: UserRecord): boolean {
  const kind = staffKind(acting);
  if (kind === 'end-user') return false;
  if (acting.id === target.id) return true;
  if (kind === 'admin') return true;
  if (kind === 'agent') return target.role === 'end-user';
  return false;
}

/** "Admins or agents with permission to edit end users." */
export function canMerge(acting: UserRecord): boolean {
  const kind = staffKind(acting);
  return kind === 'admin' || kind === 'agent';
}

/** Roles decide what everything else may do, so only admins change them. */
export function canChangeRole(acting: UserRecord): boolean {
  return staffKind(acting) === 'admin';
}
