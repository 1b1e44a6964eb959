import { getResponse } from 'msw';
import { createAccount, scenarios, staff, zendeskHandlers } from '../../dev/zendesk/index.ts';
import type { Account, ScenarioName } from '../../dev/zendesk/index.ts';
import { createApi } from '../../src/api/index.ts';
import type { ZendeskApi } from '../../src/api/index.ts';
import type { Agent, AgentRole } from '../../src/features/permissions/agent.ts';
import type { HostContext } from '../../src/host/types.ts';
import type { AppSettings } from '../../src/host/types.ts';
import { createFakeHost } from './fakeHost.ts';
import type { FakeHost } from './fakeHost.ts';

export interface World {
  account: Account;
  host: FakeHost;
  api: ZendeskApi;
  agent: Agent;
  requesterId: number | null;
}

const STAFF_ID: Record<AgentRole, number> = { admin: staff.admin, agent: staff.agent, 'light-agent': staff.lightAgent };

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
      options: { context?: Partial<HostContext>; settings?: AppSettings; timeoutMs?: number; role?: AgentRole } = {},
    ): World {
      const account = createAccount({ scenario });
      const role = options.role ?? 'agent';
      account.setActingUser(STAFF_ID[role]);
      const agent: Agent = { id: STAFF_ID[role], role, locale: 'en' };
      const handlers = zendeskHandlers(account);
      const send = async (request: Request) =>
        (await getResponse(handlers, request)) ?? new Response('{"error":"InvalidEndpoint"}', { status: 404 });
      const info = scenarios.find((candidate) => candidate.name === scenario);
      const requesterId = info?.requesterId ?? null;
      const host = createFakeHost(send, { context: { ticketId: info?.ticketId ?? null, ...options.context }, settings: options.settings ?? {} });
      host.values.set('ticket.requester', hostUser(account, requesterId));
      host.values.set('user', hostUser(account, requesterId));
      host.values.set('currentUser.locale', 'en');
      const api = createApi(host, { timeoutMs: options.timeoutMs ?? 2_000 });
      return { account, host, api, agent, requesterId };
    },
  };
}
