import type { User } from '../../../api/index.ts';
import { distinctNames } from './names.ts';

/**
 * Every user's name as a sentence should show it: a name that reads like another one in the
 * list carries its email (or id), as distinctNames does for two.
 */
export function distinctLabels(users: readonly Pick<User, 'id' | 'name' | 'email'>[]): string[] {
  return users.map((user) => {
    for (const other of users) {
      if (other.id === user.id) continue;
      const [own] = distinctNames(user, other);
      if (own !== (user.name.trim() || user.email || `#${user.id}`)) return own;
    }
    return user.name.trim() || user.email || `#${user.id}`;
  });
}
