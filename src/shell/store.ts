import { createStandingCache } from '../features/permissions/standingStore.ts';
import type { StandingCache } from '../features/permissions/standingStore.ts';
import { createRefusalStore } from '../features/permissions/refusals.ts';
import type { RefusalStore } from '../features/permissions/refusals.ts';
import type { InstanceShare } from './share.ts';

/**
 * What one app instance keeps for as long as its frame lives, in one object at the root instead
 * of module-level singletons: the view creates it with start-up's channel to the other
 * instances and provides it (./context.tsx); start-up itself only asks whether the role may be
 * known (standingMayBeKnown), so the store's code is downloaded once. A test renders the app
 * with a fresh one.
 */
export interface ShellStore {
  /** The agent's standing, read once per agent (features/permissions/standingStore.ts). */
  readonly standings: StandingCache;
  /** Zendesk's refusals of changes to users, by user: this instance's only (features/permissions/refusals.ts). */
  readonly refusals: RefusalStore;
}

/**
 * An empty store: a new app instance. `share` is start-up's channel to the page's other
 * instances (./share.ts), through which the agent's standing is asked for and told.
 */
export function createShellStore(share: InstanceShare | null = null): ShellStore {
  return { standings: createStandingCache(share), refusals: createRefusalStore() };
}
