import { describe, expect, it } from 'vitest';
import { createAccount, scenarios, staff } from './index.ts';
import { obj, useAccount } from './test-support.ts';

const zendesk = useAccount();

describe('seeded scenarios', () => {
  it('opens the account on the chosen scenario', () => {
    expect(createAccount().scenario.name).toBe('ordinary');
    expect(createAccount({ scenario: 'duplicates' }).scenario).toMatchObject({ ticketId: 502, requesterId: 2101 });
  });

  it('gives every scenario a unique name and ticket', () => {
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
    const tickets = scenarios.map((s) => s.ticketId).filter((id) => id !== null);
    expect(new Set(tickets).size).toBe(tickets.length);
  });

  it('points each scenario ticket at its requester', async () => {
    const zd = zendesk.open();
    for (const scenario of scenarios) {
      if (scenario.ticketId === null) {
        expect(scenario.requesterId).toBeNull();
        continue;
      }
      const ticket = obj((await zd.get(`tickets/${scenario.ticketId}.json`)).json().ticket);
      expect(ticket.requester_id, scenario.name).toBe(scenario.requesterId);
      const user = await zd.get(`users/${String(scenario.requesterId)}.json`);
      expect(user.status, scenario.name).toBe(scenario.name === 'deleted-requester' ? 404 : 200);
    }
  });

  it('seeds an admin, an agent and a light agent, and acts as the agent', () => {
    const account = createAccount();
    expect(account.actingUserId).toBe(staff.agent);
    expect([staff.admin, staff.agent, staff.lightAgent].map((id) => {
      const user = account.getUser(id);
      return [user?.role, user?.role_type];
    })).toEqual([['admin', 4], ['agent', null], ['agent', 1]]);
  });

  it('keeps markup in the profile as plain text values', async () => {
    const zd = zendesk.open({ scenario: 'hostile-markup' });
    const reply = await zd.get(`users/${String(zd.account.scenario.requesterId)}.json?include=identities,organizations`);
    expect(reply.text).toContain('<img src=x onerror=alert(1)>Mallory');
    expect(obj(reply.json().user).notes).toContain('<script>');
  });

  it('gives the same ids to the same seed', () => {
    const ids = (account: ReturnType<typeof createAccount>) => account.getIdentities(2001).map((i) => i.id);
    expect(ids(createAccount())).toEqual(ids(createAccount()));
  });

  it('refuses to act as someone who is not in the account', () => {
    expect(() => createAccount().setActingUser(123456)).toThrow();
  });
});
