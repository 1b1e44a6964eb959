import { namesCustomRole } from '../../api/early.ts';
import type { ZendeskApi } from '../../api/index.ts';
import { roleNamed, standingFromAgent, standingFromRole } from './standing.ts';
import type { KnownStanding, Standing } from './standing.ts';
import type { InstanceShare } from '../../shell/share.ts';

/**
 * One answer per agent for the browser session. Zendesk creates an app instance per ticket tab,
 * so the answer lives in sessionStorage (shared by the tabs of one browser tab's session) keyed
 * by the agent's id, and is told to the other instances of the agent page (shell/share.ts), which
 * still hear each other where the browser refuses the cross-site frame its storage; the cache's
 * memory keeps it for this instance.
 */
// v2: the standing no longer carries refusals (they belong to users: refusals.ts), so an
// answer stored by an earlier version, refusals and all, is read from Zendesk again.
const KEY = 'requester-toolkit.standing.v2.';
/** The answer's name on the channel between instances; what the agent may do is kept for the session. */
const SHARED = 'standing';

/**
 * What one app instance knows of agents' standings: the answers (by agent key), the reads on
 * their way, and the channel to the page's other instances (`null` where there is none: then
 * this instance reads for itself). Held by the shell's root store (src/shell/store.ts).
 */
export interface StandingCache {
  readonly memory: Map<string, KnownStanding>;
  readonly pending: Map<string, Promise<Standing>>;
  readonly share: InstanceShare | null;
}

/** An empty cache: a new app instance (storage and the other instances may still know the answer). */
export function createStandingCache(share: InstanceShare | null = null): StandingCache {
  return { memory: new Map(), pending: new Map(), share };
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
    // Unreadable or refused storage: another instance may know.
  }
  const told = cache.share?.take(SHARED, agentKey, Infinity)?.value;
  if (isKnown(told)) {
    memory.set(agentKey, told);
    return told;
  }
  return null;
}

/**
 * Whether this agent's standing may be known already (stored this session, or told by another
 * instance), without reading or checking it: start-up's question, whose answer only decides
 * whether the role read leaves with the first reads. A stored answer that later proves unreadable
 * costs that read a little later (useStanding reads it then), never a second one.
 */
export function standingMayBeKnown(agentKey: string, share: InstanceShare | null): boolean {
  try {
    if (storage()?.getItem(KEY + agentKey)) return true;
  } catch {
    // Refused storage: another instance may know.
  }
  return (share?.take(SHARED, agentKey, Infinity) ?? null) !== null;
}

/** Keeps the agent's standing for the session: in the cache, in sessionStorage, and in the page's other instances. */
export function storeStanding(cache: StandingCache, agentKey: string, standing: KnownStanding): void {
  cache.memory.set(agentKey, standing);
  cache.share?.tell(SHARED, { value: standing, readAt: Date.now(), agent: agentKey, keepMs: Infinity });
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
        // The page's other instances answer a new one's hello within a few ms: wait for them
        // (or a short while, when there are none) before asking Zendesk.
        await cache.share?.settled;
        const told = cachedStanding(cache, agentKey);
        if (told) return told;
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
