import type { User } from '../../api/index.ts';
import type { AppSettings } from '../../host/types.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { isolate } from '../../ui/text/isolate.ts';
import type { Agent } from './agent.ts';
import { refusalOf } from './refusals.ts';
import type { RefusalMemory } from './refusals.ts';
import type { ActionFamily, Standing } from './standing.ts';

export type { ActionFamily } from './standing.ts';

/**
 * Whether an action is offered, and if not, the sentence that says why. A reason about the agent
 * rather than this user or action (`panelWide`) is said once for the whole panel, not per section.
 */
export type Verdict =
  | { allowed: true }
  /** `vars`: the values of the reason's placeholders (Zendesk's own words, rendered as text). */
  | { allowed: false; reason: MessageKey; panelWide?: boolean; vars?: Record<string, string> };

const SETTING: Record<ActionFamily, string> = {
  suspend: 'suspend_enabled',
  merge: 'merge_enabled',
  identities: 'identity_editing_enabled',
};

const DISABLED: Record<ActionFamily, MessageKey> = {
  suspend: 'permission.suspendDisabled',
  merge: 'permission.mergeDisabled',
  identities: 'permission.identitiesDisabled',
};

/** A checkbox setting is on unless the admin turned it off; Zendesk may send booleans or strings. */
export function settingOn(settings: AppSettings, name: string, fallback: boolean): boolean {
  const value = settings[name];
  if (value === undefined || value === null || value === '') return fallback;
  return value === true || value === 'true' || value === 1;
}

/** The sentence for the whole panel when the agent's standing offers no change at all, else null. */
export function standingReason(standing: Standing): MessageKey | null {
  switch (standing.status) {
    case 'checking':
      return 'permission.checking';
    case 'unknown':
      return standing.why === 'failed' ? 'permission.checkFailed' : 'permission.roleUnknown';
    case 'known':
      if (standing.lightAgent) return 'permission.lightAgent';
      return standing.edit ? null : 'permission.readOnlyRole';
  }
}

/**
 * Whether the agent may use an action family on this user. What Zendesk lets the agent do comes
 * from the API (`standing`); until it is known nothing is offered. The app's settings (a family
 * turned off, admins only) narrow it further. What Zendesk says of the user decides per user: a
 * shared user, or an agent or admin for an agent who is not an admin, is offered nothing, and a
 * 403 Zendesk gave for this user in this app instance (`refusals`) has the last word for them.
 */
export function permission(
  family: ActionFamily,
  agent: Agent,
  standing: Standing,
  user: User,
  settings: AppSettings,
  refusals: RefusalMemory = new Map(),
): Verdict {
  const reason = standingReason(standing);
  if (reason || standing.status !== 'known') return { allowed: false, reason: reason ?? 'permission.roleUnknown', panelWide: true };
  if (!settingOn(settings, SETTING[family], true)) return { allowed: false, reason: DISABLED[family] };
  if (settingOn(settings, 'actions_admins_only', false) && !standing.admin) return { allowed: false, reason: 'permission.adminsOnly' };
  // Users API, JSON format, `shared` / `shared_agent`: "Shared users ... cannot be modified through
  // update requests. Any attempt to update a shared user results in a 403 Forbidden error"; Merge
  // End Users: users created by sharing agreements cannot be merged. Identities are part of the
  // same profile, changed in the account that shares it: nothing is offered.
  // Said once for the whole panel (RequesterPanel), as it concerns every action on this user.
  if (user.shared) return { allowed: false, reason: 'permission.sharedUser', panelWide: true };
  if (family === 'merge' && user.role !== 'end-user') return { allowed: false, reason: 'permission.mergeEndUsersOnly' };
  // Users API, Update User: "Agents can only update end users. Administrators can update end
  // users, agents, and administrators."
  if (!standing.admin && user.role !== 'end-user') return { allowed: false, reason: 'permission.endUsersOnly' };
  // A merge deletes the merged user: a role that may edit end users but not delete them cannot merge.
  if (family === 'merge' && !standing.delete) return { allowed: false, reason: 'permission.mergeNeedsDelete' };
  const refused = refusalOf(refusals, user.id, family);
  if (refused) {
    return refused.description
      ? { allowed: false, reason: 'permission.refusedForUserSaying', vars: { reason: isolate(refused.description) } }
      : { allowed: false, reason: 'permission.refusedForUser' };
  }
  if (agent.id !== null && agent.id === user.id && family === 'suspend') return { allowed: false, reason: 'permission.notYourself' };
  return { allowed: true };
}
