import type { User } from '../../../api/index.ts';
import { t } from '../../../i18n/index.ts';

/** The role as agents know it: a light agent is an agent to the API, but not to them. */
export function roleLabel(user: Pick<User, 'role' | 'roleType'>): string {
  if (user.role === 'agent' && user.roleType === 1) return t('role.light-agent');
  return t(`role.${user.role}`);
}
