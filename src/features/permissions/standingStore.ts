import type { ZendeskApi } from '../../api/index.ts';
import { roleNamed, standingFromAgent, standingFromRole } from './standing.ts';
import type { ActionFamily, KnownStanding, Standing } from './standing.ts';
import type { InstanceShare } from '../../shell/share.ts';

/**
 * One answer per agent for the browser session. Zendesk creates an app instance per ticket tab,
 * so the answer lives in sessionStorage (shared by the tabs of one browser tab's session) keyed
 * by the agent's id, and is told to the other instances of the agent page (shell/share.ts), which
 * still hear each other where the browser refuses the cross-site frame its storage; memory keeps
 * it for this instance.
 */
const KEY = 'requester-toolkit.standing.v1.';
/** The answer's name on the channel between instances; what the agent may do is kept for the session. */
const SHARED = 'standing';
const memory = new Map<string, KnownStanding>();
let share: InstanceShare | null = null;
const pending = new Map<string, Promise<Standing>>();

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
  return v['status'] === 'known' && ['admin', 'lightAgent', 'edit', 'delete', 'withinOrganization'].every((key) => typeof v[key] === 'boolean')
    && Array.isArray(v['refused']) && (v['refused'] as unknown[]).every((f) => f === 'suspend' || f === 'merge' || f === 'identities');
}

/**
 * The channel to the page's other app instances (start-up opens it: shell/share.ts); `null`
 * where there is none, and then this instance reads for itself.
 */
export function shareStandingsWith(channel: InstanceShare | null): void {
  share = channel;
}

/** The standing stored for this agent in this session, if any. */
export function cachedStanding(agentKey: string): KnownStanding | null {
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
  const told = share?.take(SHARED, agentKey, Infinity)?.value;
  if (isKnown(told)) {
    memory.set(agentKey, told);
    return told;
  }
  return null;
}

/** Keeps the agent's standing for the session: here, in sessionStorage, and in the page's other instances. */
export function storeStanding(agentKey: string, standing: KnownStanding): void {
  memory.set(agentKey, standing);
  share?.tell(SHARED, { value: standing, readAt: Date.now(), agent: agentKey, keepMs: Infinity });
  try {
    storage()?.setItem(KEY + agentKey, JSON.stringify(standing));
  } catch {
    // Storage full or refused: memory still serves this instance.
  }
}

async function read(api: ZendeskApi, hostRole: string | null): Promise<Standing> {
  // ZAF names a custom role by its name ("admin" and "agent" otherwise, light agents included):
  // then the account's roles alone tell what it may do — one request.
  if (hostRole && hostRole !== 'admin' && hostRole !== 'agent') {
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
export function loadStanding(api: ZendeskApi, agentKey: string, hostRole: string | null = null): Promise<Standing> {
  const cached = cachedStanding(agentKey);
  if (cached) return Promise.resolve(cached);
  let request = pending.get(agentKey);
  if (!request) {
    request = (async (): Promise<Standing> => {
      try {
        // The page's other instances answer a new one's hello within a few ms: wait for them
        // (or a short while, when there are none) before asking Zendesk.
        await share?.settled;
        const told = cachedStanding(agentKey);
        if (told) return told;
        const standing = await read(api, hostRole);
        if (standing.status === 'known') storeStanding(agentKey, standing);
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

/** Records Zendesk's 403 for a family, for this agent, for the rest of the session. */
export function rememberRefusal(agentKey: string, standing: KnownStanding, family: ActionFamily): KnownStanding {
  const next = standing.refused.includes(family) ? standing : { ...standing, refused: [...standing.refused, family] };
  storeStanding(agentKey, next);
  return next;
}

/** Tests start each case from an empty session. */
export function forgetStandings(): void {
  memory.clear();
  pending.clear();
  share?.forget(SHARED);
  try {
    const store = storage();
    if (!store) return;
    for (const key of Object.keys(store)) if (key.startsWith(KEY)) store.removeItem(key);
  } catch {
    // Nothing to forget.
  }
}
