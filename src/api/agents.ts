import { CURRENT_AGENT_PATH, CUSTOM_ROLES_PATH } from './early.ts';
import { list, record } from './guards.ts';
import { shaped } from './shape.ts';
import type { Transport } from './transport.ts';

type Signal = AbortSignal | undefined;

/**
 * The signed-in agent as the Users API describes them (`GET /api/v2/users/me`). Each field is
 * null when Zendesk left it out or sent something unexpected: the caller decides what an
 * unknown means, never this guard.
 */
export interface CurrentAgent {
  id: number | null;
  /** Zendesk's `role`: "end-user", "agent" or "admin". */
  role: string | null;
  /** Zendesk's `role_type`: 0 custom agent, 1 light agent, 2 chat agent, 3 contributor, 4 admin, 5 billing admin. */
  roleType: number | null;
  /** The agent's custom role (Enterprise plans), light agents included. */
  customRoleId: number | null;
}

/** One custom role's configuration, as far as the panel's actions depend on it. */
export interface CustomRole {
  id: number;
  name: string | null;
  roleType: number | null;
  /**
   * Custom Agent Roles API, `configuration.end_user_profile_access`: "What the agent can do with
   * end-user profiles. Allowed values: "edit", "edit-within-org", "full", "readonly"". Any other
   * text is passed on as is: an unknown value is the caller's to treat as unknown.
   */
  endUserProfileAccess: string | null;
}

const integer = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** `GET /api/v2/users/me`: who is signed in, with their role type and custom role. */
export async function showCurrentAgent(t: Transport, signal?: Signal): Promise<CurrentAgent> {
  const path = CURRENT_AGENT_PATH;
  const body = await t.read(path, { signal });
  return shaped('GET', path, () => {
    const user = record(record(body, 'body')['user'], 'user');
    const id = integer(user['id']);
    return {
      id: id === 0 ? null : id,
      role: textOrNull(user['role']),
      roleType: integer(user['role_type']),
      customRoleId: integer(user['custom_role_id']) || null,
    };
  });
}

/**
 * `GET /api/v2/custom_roles`: every custom role with its configuration. Zendesk allows this
 * list to agents ("List Custom Roles", Allowed For: Agents), while showing a single role is for
 * admins and agents who may manage roles — so the list is what an agent can read about their own.
 */
export async function listCustomRoles(t: Transport, signal?: Signal): Promise<CustomRole[]> {
  const path = CUSTOM_ROLES_PATH;
  const body = await t.read(path, { signal });
  return shaped('GET', path, () =>
    list(record(body, 'body')['custom_roles'], 'custom_roles').flatMap((raw) => {
      const role = record(raw, 'custom role');
      const id = integer(role['id']);
      if (id === null || id === 0) return [];
      const configuration = role['configuration'];
      const access = typeof configuration === 'object' && configuration !== null
        ? textOrNull((configuration as Record<string, unknown>)['end_user_profile_access'])
        : null;
      return [{ id, name: textOrNull(role['name']), roleType: integer(role['role_type']), endUserProfileAccess: access }];
    }),
  );
}
