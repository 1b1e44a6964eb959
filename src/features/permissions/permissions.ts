import type { User } from '../../api/index.ts';
import type { AppSettings } from '../../host/types.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { Agent } from './agent.ts';

export type ActionFamily = 'suspend' | 'merge' | 'identities';

export type Verdict = { allowed: true } | { allowed: false; reason: MessageKey };

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

/** Whether the agent may use an action family on this user, and if not, the sentence that says why. */
export function permission(family: ActionFamily, agent: Agent, user: User, settings: AppSettings): Verdict {
  if (agent.role === 'light-agent') return { allowed: false, reason: 'permission.lightAgent' };
  if (!settingOn(settings, SETTING[family], true)) return { allowed: false, reason: DISABLED[family] };
  if (settingOn(settings, 'actions_admins_only', false) && agent.role !== 'admin') {
    return { allowed: false, reason: 'permission.adminsOnly' };
  }
  if (family === 'merge' && user.role !== 'end-user') return { allowed: false, reason: 'permission.mergeEndUsersOnly' };
  if (agent.role !== 'admin' && user.role !== 'end-user') return { allowed: false, reason: 'permission.endUsersOnly' };
  if (agent.id !== null && agent.id === user.id && family === 'suspend') return { allowed: false, reason: 'permission.notYourself' };
  return { allowed: true };
}
