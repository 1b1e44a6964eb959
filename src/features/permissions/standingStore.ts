import { namesCustomRole } from '../../api/early.ts';
import type { ZendeskApi } from '../../api/index.ts';
import { roleNamed, standingFromAgent, standingFromRole } from './standing.ts';
import type { KnownStanding, Standing } from './standing.ts';

/**
 * One answer per agent for the browser session. Zendesk creates an app instance per ticket tab,
 * so the answer lives in sessionStorage (shared by the tabs of one browser tab's session) keyed
 * by the agent's id; the cache's memory backs it up where storage is refused (a sandboxed frame).
 */
// v2: the standing no longer carries refusals (they belong to users: refusals.ts), so an
// answer stored by an earlier version, refusals and all, is read from Zendesk again.
const KEY = 'requester-toolkit.standing.v2.';

/**
 * What one app instance knows of agents' standings: the answers (by agent key) and the reads on
 * their way. Held by the shell's root store (src/shell/store.ts), one per app instance.
 */
export interface StandingCache {
  readonly memory: Map<string, KnownStanding>;
  readonly pending: Map<string, Promise<Standing>>;
}

/** An empty cache: a new app instance (storage may still hold this session's answers). */
export function createStandingCache(): StandingCache {
  return { memory: new Map(), pending: new Map() };
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function isKnown(value: unknown): value is KnownStanding {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v['status'] === 'known' && ['admin', 'lightAgent', 'edit', 'delete', 'withinOrganization'].every((key) => typeof v[key] === 'boolean');
}

/** The standing stored for this agent in this session, if any. */
export function cachedStanding(cache: StandingCache, agentKey: string): KnownStanding | null {
  const { memory } = cache;
  const inMemory = memory.get(agentKey);
  if (inMemory) return inMemory;
  try {
    const raw = storage()?.getItem(KEY + agentKey);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (isKnown(parsed)) {
      memory.set(agentKey, parsed);
      return parsed;
    }
  } catch {
    // Unreadable or refused storage: read from Zendesk again.
  }
  return null;
}

/** Keeps `standing` for this agent: in the cache, and in sessionStorage where it is allowed. */
export function storeStanding(cache: StandingCache, agentKey: string, standing: KnownStanding): void {
  cache.memory.set(agentKey, standing);
  try {
    storage()?.setItem(KEY + agentKey, JSON.stringify(standing));
  } catch {
    // Storage full or refused: memory still serves this instance.
  }
}

async function read(api: ZendeskApi, hostRole: string | null): Promise<Standing> {
  // ZAF names a custom role by its name ("admin" and "agent" otherwise, light agents included):
  // then the account's roles alone tell what it may do — one request. The shell sends this first
  // request at start-up (src/shell/schedule.ts, api/early.ts `roleRead`).
  if (namesCustomRole(hostRole)) {
    const roles = await api.listCustomRoles();
    const role = roleNamed(hostRole, roles);
    if (role) return standingFromRole(role.id, roles);
    const first = standingFromAgent(await api.showCurrentAgent());
    return first.status === 'needs-role' ? standingFromRole(first.customRoleId, roles) : first;
  }
  const first = standingFromAgent(await api.showCurrentAgent());
  return first.status === 'needs-role' ? standingFromRole(first.customRoleId, await api.listCustomRoles()) : first;
}

/**
 * Reads the agent's standing from Zendesk, once per agent however many panels ask: `/users/me`
 * (role, role_type, custom_role_id) and, for an agent in a custom role, the account's custom
 * roles — the roles alone when ZAF already names the custom role. Known answers are stored; a
 * failure is not, so the next panel asks again.
 */
export function loadStanding(cache: StandingCache, api: ZendeskApi, agentKey: string, hostRole: string | null = null): Promise<Standing> {
  const { pending } = cache;
  const cached = cachedStanding(cache, agentKey);
  if (cached) return Promise.resolve(cached);
  let request = pending.get(agentKey);
  if (!request) {
    request = (async (): Promise<Standing> => {
      try {
        const standing = await read(api, hostRole);
        if (standing.status === 'known') storeStanding(cache, agentKey, standing);
        return standing;
      } catch {
        return { status: 'unknown', why: 'failed' };
      } finally {
        pending.delete(agentKey);
      }
    })();
    pending.set(agentKey, request);
  }
  return request;
}

/**
 * Reads the agent's standing from Zendesk again, past the stored answer: after a 403 the app
 * could not foresee, only the agent's own data may say the refusal was about the agent. A known
 * answer replaces the stored one (every later panel and ticket tab of the session follows it);
 * a failed read changes nothing and resolves with null.
 */
export async function refreshStanding(cache: StandingCache, api: ZendeskApi, agentKey: string, hostRole: string | null): Promise<KnownStanding | null> {
  try {
    const standing = await read(api, hostRole);
    if (standing.status !== 'known') return null;
    storeStanding(cache, agentKey, standing);
    return standing;
  } catch {
    return null;
  }
}
