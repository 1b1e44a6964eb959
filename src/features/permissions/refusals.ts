import type { ActionFamily } from './standing.ts';

/**
 * Zendesk's 403 to a change of one user, remembered for that user. Many refusals are about the
 * user, not the agent (Users API, JSON format, `shared`: "Any attempt to update a shared user
 * results in a 403 Forbidden error"; Update User: "Agents can only update end users"; roles
 * limited to an organization are decided per user), and the answer does not say which: so a 403
 * is the user's until a fresh read of the agent's own role says otherwise (useStanding).
 */
export interface UserRefusal {
  family: ActionFamily;
  /** Zendesk's `description` of the refusal, shown as text; null when it gave none. */
  description: string | null;
}

/** Refusals by user id, then by family. Never shared between app instances: each has its own. */
export type RefusalMemory = ReadonlyMap<number, ReadonlyMap<ActionFamily, UserRefusal>>;

/** The memory with `refusal` added for `userId`; the memory itself is not changed. */
export function withRefusal(memory: RefusalMemory, userId: number, refusal: UserRefusal): RefusalMemory {
  const next = new Map(memory);
  next.set(userId, new Map(memory.get(userId)).set(refusal.family, refusal));
  return next;
}

/** Zendesk's refusal of `family` for `userId`, if this app instance has had one. */
export function refusalOf(memory: RefusalMemory, userId: number, family: ActionFamily): UserRefusal | null {
  return memory.get(userId)?.get(family) ?? null;
}

/** A store of one app instance's refusals that components can subscribe to. */
export interface RefusalStore {
  current(): RefusalMemory;
  remember(userId: number, refusal: UserRefusal): void;
  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** A fresh, empty store. */
export function createRefusalStore(): RefusalStore {
  let memory: RefusalMemory = new Map();
  const listeners = new Set<() => void>();
  return {
    current: () => memory,
    remember(userId, refusal) {
      memory = withRefusal(memory, userId, refusal);
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
