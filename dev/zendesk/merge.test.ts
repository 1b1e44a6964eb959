import { describe, expect, it } from 'vitest';
import { people, staff } from './index.ts';
import { seedUser } from './store/seed.ts';
import { obj, useAccount, type Client } from './test-support.ts';

const zendesk = useAccount();

const merge = (zd: Client, sourceId: number, targetId: number) => zd.put(`users/${sourceId}/merge.json`, { user: { id: targetId } });

async function expectRefusal(zd: Client, sourceId: number, targetId: number, status: number, error: string) {
  const reply = await merge(zd, sourceId, targetId);
  expect(reply.status).toBe(status);
  expect(reply.json().error).toBe(error);
  expect(typeof reply.json().description).toBe('string');
  expect(zd.account.getUser(sourceId)).not.toBeNull();
  return reply.json();
}

describe('merging end users', () => {
  it('merges the path user into the body user and answers with the survivor', async () => {
    const zd = zendesk.open();
    const reply = await merge(zd, people.zoeShop, people.zoe);
    expect(reply.status).toBe(200);
    expect(obj(reply.json().user)).toMatchObject({ id: people.zoe, name: 'Zoë Lindqvist', email: 'Zoe.Lindqvist@gmail.com' });
  });

  it('moves the email identities to the target as secondary ones and drops the X identity', async () => {
    const zd = zendesk.open();
    await merge(zd, people.zoeStudio, people.zoe);
    const identities = zd.account.getIdentities(people.zoe);
    expect(identities.map((i) => [i.type, i.value, i.primary])).toEqual([
      ['email', 'Zoe.Lindqvist@gmail.com', true],
      ['phone_number', '+15550142233', true],
      ['email', 'zoe@lindqvist-design.example', false],
    ]);
  });

  it('moves phone identities, keeping one primary per type', async () => {
    const zd = zendesk.open();
    await merge(zd, people.zoe, people.zoeStudio);
    expect(zd.account.getIdentities(people.zoeStudio).map((i) => [i.type, i.value, i.primary]).sort()).toEqual([
      ['email', 'Zoe.Lindqvist@gmail.com', false],
      ['email', 'zoe@lindqvist-design.example', true],
      // The target had no phone identity: the moved one stays the primary of its type.
      ['phone_number', '+15550142233', true],
      ['twitter', 'zoe_lindqvist', true],
    ]);
  });

  it('keeps none of the merged user\'s organization, notes, details, tags or external ID', async () => {
    const zd = zendesk.open();
    const before = zd.account.getUser(people.zoeShop);
    await merge(zd, people.ordinary, people.zoeShop);
    const kept = obj((await zd.get(`users/${people.zoeShop}.json`)).json().user);
    expect(kept).toMatchObject({
      organization_id: before?.organization_id ?? null, notes: before?.notes, details: before?.details, tags: before?.tags, external_id: before?.external_id,
    });
    const types = zd.account.getIdentities(people.zoeShop).map((i) => i.type);
    expect(types).not.toContain('twitter');
    expect(types).not.toContain('facebook');
    expect(types).not.toContain('google');
    expect(zd.account.identities.size).toBe([...zd.account.identities.values()].filter((i) => zd.account.users.has(i.user_id)).length);
  });

  it('refuses an unverified path user with neither an email nor an X identity', async () => {
    const zd = zendesk.open();
    seedUser(zd.account, { id: 7777, name: 'Caller Only', identities: [['phone_number', '+15550107777']] });
    const body = await expectRefusal(zd, 7777, people.ordinary, 422, 'RecordInvalid');
    expect(JSON.stringify(body.details)).toMatch(/not verified/);
  });

  it('adds the related counts and reassigns requested tickets', async () => {
    const zd = zendesk.open();
    const before = (await zd.get(`users/${people.ordinary}/related.json`)).json();
    expect((await merge(zd, people.zoe, people.ordinary)).status).toBe(200);
    const after = obj((await zd.get(`users/${people.ordinary}/related.json`)).json().user_related);
    expect(after.requested_tickets).toBe(Number(obj(before.user_related).requested_tickets) + 6);
    expect(after.ccd_tickets).toBe(4);
    expect(zd.account.getTicket(502)?.requester_id).toBe(people.ordinary);
  });

  it('deletes the merged user: later reads answer 404', async () => {
    const zd = zendesk.open();
    await merge(zd, people.zoeShop, people.zoe);
    expect((await zd.get(`users/${people.zoeShop}.json`)).status).toBe(404);
    expect((await zd.get(`users/${people.zoeShop}/identities.json`)).status).toBe(404);
    const search = (await zd.get('users/search.json?query=zoelindqvist%2Bshop')).json();
    expect(search.users).toEqual([expect.objectContaining({ id: people.zoe })]);
  });

  it('lets an admin merge', async () => {
    const zd = zendesk.open();
    zd.account.setActingUser(staff.admin);
    expect((await merge(zd, people.zoeShop, people.zoe)).status).toBe(200);
  });

  it('refuses to merge an agent', async () => {
    const zd = zendesk.open();
    await expectRefusal(zd, people.agentRequester, people.ordinary, 422, 'RecordInvalid');
  });

  it('refuses to merge into an agent or an admin', async () => {
    const zd = zendesk.open();
    await expectRefusal(zd, people.ordinary, people.agentRequester, 422, 'RecordInvalid');
    await expectRefusal(zd, people.ordinary, staff.admin, 422, 'RecordInvalid');
  });

  it('refuses users created by a sharing agreement, on either side', async () => {
    const zd = zendesk.open();
    const body = await expectRefusal(zd, people.shared, people.ordinary, 422, 'RecordInvalid');
    expect(JSON.stringify(body.details)).toMatch(/sharing agreement/);
    await expectRefusal(zd, people.ordinary, people.shared, 422, 'RecordInvalid');
  });

  it('refuses a path user who requested more than 10,000 tickets', async () => {
    const zd = zendesk.open();
    const body = await expectRefusal(zd, people.manyTickets, people.ordinary, 422, 'RecordInvalid');
    expect(JSON.stringify(body.details)).toMatch(/10000 tickets/);
  });

  it('merges a path user who requested exactly 10,000 tickets', async () => {
    const zd = zendesk.open();
    expect((await merge(zd, people.tenThousandTickets, people.ordinary)).status).toBe(200);
  });

  it('merges into a target with more than 10,000 requested tickets', async () => {
    const zd = zendesk.open();
    expect((await merge(zd, people.zoeShop, people.manyTickets)).status).toBe(200);
  });

  it('allows only one direction for the account over the ticket limit in the several-accounts scenario', async () => {
    const zd = zendesk.open();
    await expectRefusal(zd, people.mayaRelay, people.maya, 422, 'RecordInvalid');
    expect((await merge(zd, people.maya, people.mayaRelay)).status).toBe(200);
    // The messaging identity of the chat account is dropped with it; its email moves.
    expect((await merge(zd, people.mayaChat, people.mayaRelay)).status).toBe(200);
    const values = zd.account.getIdentities(people.mayaRelay).map((i) => i.value);
    expect(values).toContain('maya.okonkwo+chat@example.org');
    expect(values).not.toContain('maya-chat-5521');
  });

  it('refuses to merge a user into itself', async () => {
    const zd = zendesk.open();
    await expectRefusal(zd, people.zoe, people.zoe, 422, 'RecordInvalid');
  });

  it('refuses a light agent with 403', async () => {
    const zd = zendesk.open();
    zd.account.setActingUser(staff.lightAgent);
    await expectRefusal(zd, people.zoeShop, people.zoe, 403, 'Forbidden');
    expect((await zd.put(`users/${people.zoe}/merge.json`, { user: {} })).status).toBe(403);
  });

  it('answers 404 when either user does not exist', async () => {
    const zd = zendesk.open();
    expect((await merge(zd, people.deletedRequester, people.zoe)).status).toBe(404);
    expect((await merge(zd, people.zoe, people.deletedRequester)).status).toBe(404);
  });

  it('answers 400 without a target id', async () => {
    const zd = zendesk.open();
    expect((await zd.put(`users/${people.zoe}/merge.json`, { user: {} })).status).toBe(400);
    expect((await zd.put(`users/${people.zoe}/merge.json`)).status).toBe(400);
  });
});
