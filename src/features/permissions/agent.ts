/** The signed-in agent, as far as the app's permissions care. */
export type AgentRole = 'admin' | 'agent' | 'light-agent';

export interface Agent {
  id: number | null;
  role: AgentRole;
  locale: string;
}

/**
 * Reads the host's currentUser. Support answers "admin", "agent", or the name of a custom
 * role; only a role that says it is a light agent is treated as one, any other is an agent
 * (Zendesk still refuses what a custom role may not do, and the panel shows that refusal).
 */
export function toAgent(raw: unknown): Agent {
  const user = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const role = typeof user['role'] === 'string' ? user['role'].toLowerCase() : '';
  const id = user['id'];
  return {
    id: typeof id === 'number' && Number.isSafeInteger(id) ? id : null,
    role: role === 'admin' || role === 'owner' ? 'admin' : /light[ _-]?agent/.test(role) ? 'light-agent' : 'agent',
    locale: typeof user['locale'] === 'string' && user['locale'] !== '' ? user['locale'] : 'en',
  };
}
