import type { User } from '../../api/index.ts';
import type { AppSettings } from '../../host/types.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { Agent } from './agent.ts';
import type { ActionFamily, Standing } from './standing.ts';

export type { ActionFamily } from './standing.ts';

/**
 * Whether an action is offered, and if not, the sentence that says why. A reason about the agent
 * rather than this user or action (`panelWide`) is said once for the whole panel, not per section.
 */
export type Verdict = { allowed: true } | { allowed: false; reason: MessageKey; panelWide?: boolean };

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
 * turned off, admins only) narrow it further, and a 403 from Zendesk in this session has the last word.
 */
export function permission(family: ActionFamily, agent: Agent, standing: Standing, user: User, settings: AppSettings): Verdict {
  const reason = standingReason(standing);
  if (reason || standing.status !== 'known') return { allowed: false, reason: reason ?? 'permission.roleUnknown', panelWide: true };
  if (!settingOn(settings, SETTING[family], true)) return { allowed: false, reason: DISABLED[family] };
  if (settingOn(settings, 'actions_admins_only', false) && !standing.admin) return { allowed: false, reason: 'permission.adminsOnly' };
  if (family === 'merge' && user.role !== 'end-user') return { allowed: false, reason: 'permission.mergeEndUsersOnly' };
  if (!standing.admin && user.role !== 'end-user') return { allowed: false, reason: 'permission.endUsersOnly' };
  // A merge deletes the merged user: a role that may edit end users but not delete them cannot merge.
  if (family === 'merge' && !standing.delete) return { allowed: false, reason: 'permission.mergeNeedsDelete' };
  if (standing.refused.includes(family)) return { allowed: false, reason: 'permission.refused' };
  if (agent.id !== null && agent.id === user.id && family === 'suspend') return { allowed: false, reason: 'permission.notYourself' };
  return { allowed: true };
}
