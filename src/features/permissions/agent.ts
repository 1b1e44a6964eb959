/**
 * ZAF's `currentUser.role`: "admin", "agent", or on Enterprise the name of a custom role. It
 * cannot tell a light agent or a read-only custom role from an agent (a light agent's role is
 * "agent"), so it decides nothing about permissions: `useStanding` reads those from the API.
 */
export type AgentRole = 'admin' | 'agent';

export interface Agent {
  id: number | null;
  /** Whether ZAF says admin; anyone else is "agent" here, whatever their role's name. */
  role: AgentRole;
  locale: string;
}

/** Reads the host's currentUser: its id (the key of the cached standing) and locale. */
export function toAgent(raw: unknown): Agent {
  const user = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const id = user['id'];
  return {
    id: typeof id === 'number' && Number.isSafeInteger(id) ? id : null,
    role: user['role'] === 'admin' ? 'admin' : 'agent',
    locale: typeof user['locale'] === 'string' && user['locale'] !== '' ? user['locale'] : 'en',
  };
}
