import { describe, expect, it } from 'vitest';
import { people, staff } from './index.ts';
import { list, obj, useAccount } from './test-support.ts';

const zendesk = useAccount();

const userKeys = [
  'id', 'url', 'name', 'email', 'phone', 'role', 'role_type', 'organization_id', 'suspended', 'active', 'shared',
  'notes', 'details', 'photo', 'created_at', 'updated_at', 'tags', 'verified', 'locale', 'time_zone',
];
const identityKeys = [
  'url', 'id', 'user_id', 'type', 'value', 'verified', 'primary', 'created_at', 'updated_at', 'deliverable_state', 'undeliverable_count',
];

describe('showing users', () => {
  it('answers a user with every common property', async () => {
    const zd = zendesk.open();
    const reply = await zd.get(`users/${people.ordinary}.json`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    const user = obj(reply.json().user);
    for (const key of userKeys) expect(user).toHaveProperty(key);
    expect(user).toMatchObject({
      id: people.ordinary,
      url: `https://example.zendesk.com/api/v2/users/${people.ordinary}.json`,
      name: 'Dana Whitfield',
      email: 'dana.whitfield@harborpine.example',
      phone: '+15550100123',
      role: 'end-user',
      role_type: null,
      organization_id: 9001,
      verified: true,
    });
    expect(obj(user.photo).content_url).toBe('https://example.zendesk.com/system/photos/88001/dana.svg');
  });

  it('answers the same path with or without .json, at any origin', async () => {
    const zd = zendesk.open();
    const plain = await zd.get(`users/${people.ordinary}`);
    const local = await zd.get(`http://localhost:4567/api/v2/users/${people.ordinary}.json`);
    expect(plain.status).toBe(200);
    expect(obj(local.json().user).url).toBe(`http://localhost:4567/api/v2/users/${people.ordinary}.json`);
  });

  it('sideloads the identities of the user with include=identities', async () => {
    const zd = zendesk.open();
    const reply = await zd.get(`users/${people.ordinary}.json?include=identities`);
    const identities = list(reply.json().identities);
    expect(identities).toHaveLength(6);
    for (const key of identityKeys) expect(identities[0]).toHaveProperty(key);
  });

  it('cuts the identities sideload at 100; the paginated list has them all', async () => {
    const zd = zendesk.open();
    const reply = await zd.get(`users/${people.manyIdentities}.json?include=identities`);
    const identities = list(reply.json().identities);
    expect(identities).toHaveLength(100);
    const listed = list((await zd.get(`users/${people.manyIdentities}/identities.json?page[size]=100`)).json().identities);
    expect(identities.map((i) => i.id)).toEqual(listed.map((i) => i.id));
    for (const key of identityKeys) expect(identities[0]).toHaveProperty(key);
    expect(identities.every((i) => i.user_id === people.manyIdentities)).toBe(true);
  });

  it('sideloads the organization with include=organizations', async () => {
    const zd = zendesk.open();
    const reply = await zd.get(`users/${people.ordinary}.json?include=identities,organizations`);
    expect(list(reply.json().organizations)[0]).toEqual(expect.objectContaining({ id: 9001, name: 'Harbor & Pine Outfitters' }));
    expect(list(reply.json().identities)).toHaveLength(6);
  });

  it('answers users/me for the acting user, and follows a switch of role', async () => {
    const zd = zendesk.open();
    expect(obj((await zd.get('users/me.json')).json().user)).toMatchObject({ id: staff.agent, role: 'agent', role_type: null });
    zd.account.setActingUser(staff.lightAgent);
    expect(obj((await zd.get('users/me.json')).json().user)).toMatchObject({ role: 'agent', role_type: 1 });
    zd.account.setActingUser(staff.admin);
    const me = obj((await zd.get('users/me.json')).json().user);
    expect(me).toMatchObject({ role: 'admin' });
    expect(typeof me.authenticity_token).toBe('string');
  });

  it('answers the related counts', async () => {
    const zd = zendesk.open();
    const reply = await zd.get(`users/${people.ordinary}/related.json`);
    expect(reply.json()).toEqual({
      user_related: { assigned_tickets: 0, requested_tickets: 14, ccd_tickets: 3, organization_subscriptions: 1 },
    });
  });

  it('answers 200 with active: false for a deleted user it still keeps', async () => {
    const zd = zendesk.open({ scenario: 'deleted-inactive' });
    const reply = await zd.get(`users/${people.inactiveRequester}.json?include=identities`);
    expect(reply.status).toBe(200);
    expect(obj(reply.json().user)).toMatchObject({ id: people.inactiveRequester, active: false });
    expect(reply.json().identities).toEqual([]);
  });

  it('answers 404 RecordNotFound for a requester deleted meanwhile', async () => {
    const zd = zendesk.open({ scenario: 'deleted-requester' });
    const ticket = obj((await zd.get('tickets/508.json')).json().ticket);
    expect(ticket.requester_id).toBe(people.deletedRequester);
    for (const path of [`users/${people.deletedRequester}.json`, `users/${people.deletedRequester}/related.json`, `users/${people.deletedRequester}/identities.json`]) {
      const reply = await zd.get(path);
      expect(reply.status).toBe(404);
      expect(reply.json()).toEqual({ error: 'RecordNotFound', description: 'Not found' });
    }
  });

  it('answers 404 InvalidEndpoint for a path Zendesk does not have', async () => {
    const zd = zendesk.open();
    for (const path of ['users/2001/friends.json', 'userz.json', 'users/abc.json']) {
      const reply = await zd.get(path);
      expect(reply.status).toBe(404);
      expect(reply.json()).toEqual({ error: 'InvalidEndpoint', description: 'Not found' });
    }
    expect((await zd.del(`users/${people.ordinary}.json`)).status).toBe(404);
  });

  it('shows many users, leaving out unknown ids', async () => {
    const zd = zendesk.open();
    const reply = await zd.get(`users/show_many.json?ids=${people.ordinary},${people.zoe},999999`);
    expect(list(reply.json().users).map((u) => u.id)).toEqual([people.ordinary, people.zoe]);
    expect(reply.json().count).toBe(2);
  });

  it('refuses show_many with more than 100 ids', async () => {
    const zd = zendesk.open();
    const ids = Array.from({ length: 101 }, (_, i) => i + 1).join(',');
    expect((await zd.get(`users/show_many.json?ids=${ids}`)).status).toBe(400);
  });

  it('shows an organization', async () => {
    const zd = zendesk.open();
    expect(obj((await zd.get('organizations/9001.json')).json().organization)).toMatchObject({ id: 9001, name: 'Harbor & Pine Outfitters' });
  });

  it('forbids an end user from reading other users', async () => {
    const zd = zendesk.open();
    zd.account.setActingUser(people.zoe);
    const reply = await zd.get(`users/${people.ordinary}.json`);
    expect(reply.status).toBe(403);
    expect(reply.json().error).toBe('Forbidden');
  });
});
