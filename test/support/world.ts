import { getResponse } from 'msw';
import { createAccount, scenarios, staff, zendeskHandlers } from '../../dev/zendesk/index.ts';
import type { Account, ScenarioName } from '../../dev/zendesk/index.ts';
import { createApi } from '../../src/api/index.ts';
import type { ZendeskApi } from '../../src/api/index.ts';
import type { Agent } from '../../src/features/permissions/agent.ts';
import type { KnownStanding } from '../../src/features/permissions/standing.ts';
import { createStandingCache, storeStanding } from '../../src/features/permissions/standingStore.ts';
import type { HostContext } from '../../src/host/types.ts';
import type { AppSettings } from '../../src/host/types.ts';
import { zafComments, zafConversation } from '../../dev/host/zafData.ts';
import { ACCOUNT_ORIGIN, createFakeHost } from './fakeHost.ts';
import type { FakeHost } from './fakeHost.ts';

export interface World {
  account: Account;
  host: FakeHost;
  api: ZendeskApi;
  agent: Agent;
  requesterId: number | null;
}

/** The kinds of agent a test can sign in as, as Zendesk's API tells them apart. */
export type WorldRole = 'admin' | 'agent' | 'light-agent' | 'profile-editor' | 'read-only';

const full = { edit: true, delete: true, withinOrganization: false };
/** What `/users/me` and the custom roles say of each, as the app reads them (see standing.ts). */
const STANDING: Record<WorldRole, KnownStanding> = {
  admin: { status: 'known', admin: true, lightAgent: false, ...full },
  agent: { status: 'known', admin: false, lightAgent: false, ...full },
  'light-agent': { status: 'known', admin: false, lightAgent: true, ...full, edit: false, delete: false },
  'profile-editor': { status: 'known', admin: false, lightAgent: false, ...full, delete: false },
  'read-only': { status: 'known', admin: false, lightAgent: false, ...full, edit: false, delete: false },
};

const ZAF_ROLE: Record<WorldRole, string> = {
  admin: 'admin',
  agent: 'agent',
  'light-agent': 'agent',
  'profile-editor': 'Profile editor',
  'read-only': 'Read-only reviewer',
};

const STAFF_ID: Record<WorldRole, number> = {
  admin: staff.admin,
  agent: staff.agent,
  'light-agent': staff.lightAgent,
  'profile-editor': staff.profileEditor,
  'read-only': staff.readOnlyAgent,
};

/** The user as the agent workspace hands it to apps (ZAF's user object), from the account. */
export function hostUser(account: Account, id: number | null): unknown {
  if (id === null) return null;
  const user = account.getUser(id);
  if (!user) return { id, name: 'Deleted user', email: null, role: 'end-user', organizations: [] };
  const organization = user.organization_id === null ? undefined : account.organizations.get(user.organization_id);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    avatarUrl: user.photo?.content_url ?? null,
    organizations: organization ? [{ id: organization.id, name: organization.name }] : [],
  };
}

/**
 * Each world is a fresh account behind the fake host. Requests reach the account's msw
 * handlers directly, as in the workbench page: a DOM's fetch would hide Retry-After (CORS).
 */
export function useZendesk() {
  return {
    world(
      scenario: ScenarioName,
      options: {
        context?: Partial<HostContext>;
        settings?: AppSettings;
        timeoutMs?: number;
        role?: WorldRole;
        /**
         * A new browser session: the agent's standing is read from Zendesk. By default the world is
         * a later ticket of the same session, whose standing was read before and is cached.
         */
        freshSession?: boolean;
        /** Another ticket of the session the previous world opened: whatever it learnt stays. */
        continueSession?: boolean;
      } = {},
    ): World {
      const account = createAccount({ scenario });
      const role = options.role ?? 'agent';
      account.setActingUser(STAFF_ID[role]);
      // ZAF says "admin" or "agent" (a light agent's role is "agent"): the API tells the rest.
      const agent: Agent = { id: STAFF_ID[role], role: role === 'admin' ? 'admin' : 'agent', locale: 'en' };
      // A new browser session starts with empty storage; each App rendered is a new app instance
      // (its own root store), which finds what earlier instances of the session stored there.
      if (!options.continueSession && typeof sessionStorage !== 'undefined') sessionStorage.clear();
      if (!options.freshSession && !options.continueSession) storeStanding(createStandingCache(), String(STAFF_ID[role]), STANDING[role]);
      const handlers = zendeskHandlers(account);
      const send = async (request: Request) =>
        (await getResponse(handlers, request)) ?? new Response('{"error":"InvalidEndpoint"}', { status: 404 });
      const info = scenarios.find((candidate) => candidate.name === scenario);
      const requesterId = info?.requesterId ?? null;
      const host = createFakeHost(send, { context: { ticketId: info?.ticketId ?? null, ...options.context }, settings: options.settings ?? {} });
      host.values.set('ticket.requester', hostUser(account, requesterId));
      host.values.set('user', hostUser(account, requesterId));
      // The ticket's words as the agent workspace holds them, the same data the workbench gives.
      host.values.set('ticket.conversation', zafConversation(account, info?.ticketId ?? null, 'web', ACCOUNT_ORIGIN));
      host.values.set('ticket.comments', zafComments(account, info?.ticketId ?? null, ACCOUNT_ORIGIN));
      host.values.set('currentUser.locale', 'en');
      // ZAF's currentUser.role: "admin", "agent" (light agents too) or the custom role's name.
      host.values.set('currentUser.role', ZAF_ROLE[role]);
      const api = createApi(host, { timeoutMs: options.timeoutMs ?? 2_000 });
      return { account, host, api, agent, requesterId };
    },
  };
}
