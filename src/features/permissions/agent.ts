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

/** The key the agent's standing is kept under for the session: their id, "me" when the host did not say it. */
export function standingKey(agent: Agent): string {
  return agent.id === null ? 'me' : String(agent.id);
}

/** ZAF's `currentUser.role` as it is: "admin", "agent" or a custom role's name; null when not said. */
export function hostRoleOf(raw: unknown): string | null {
  const role = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['role'] : undefined;
  return typeof role === 'string' && role !== '' ? role : null;
}
