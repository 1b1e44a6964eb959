import { describe, expect, it } from 'vitest';
import { people, staff } from './index.ts';
import { list, obj, origin, useAccount } from './test-support.ts';

const zendesk = useAccount();

describe('updating a user', () => {
  it('suspends an end user and keeps the state', async () => {
    const zd = zendesk.open();
    const reply = await zd.put(`users/${people.ordinary}.json`, { user: { suspended: true } });
    expect(reply.status).toBe(200);
    expect(obj(reply.json().user).suspended).toBe(true);
    expect(zd.account.getUser(people.ordinary)?.suspended).toBe(true);
    const back = await zd.put(`users/${people.ordinary}.json`, { user: { suspended: false } });
    expect(obj(back.json().user).suspended).toBe(false);
  });

  it('changes name and notes, and moves updated_at to the clock', async () => {
    const zd = zendesk.open();
    const reply = await zd.put(`users/${people.ordinary}.json`, { user: { name: 'Dana W. Whitfield', notes: 'Call after 5pm' } });
    expect(obj(reply.json().user)).toMatchObject({ name: 'Dana W. Whitfield', notes: 'Call after 5pm', updated_at: '2024-06-03T09:00:00Z' });
  });

  it('refuses an agent updating another agent with 403 Forbidden', async () => {
    const zd = zendesk.open();
    const reply = await zd.put(`users/${people.agentRequester}.json`, { user: { suspended: true } });
    expect(reply.status).toBe(403);
    expect(reply.json().error).toBe('Forbidden');
    expect(zd.account.getUser(people.agentRequester)?.suspended).toBe(false);
  });

  it('refuses every update of a shared user with 403, to admins too, with the allowance header', async () => {
    const zd = zendesk.open();
    zd.account.setActingUser(staff.admin);
    const reply = await zd.put(`users/${people.shared}.json`, { user: { suspended: true } });
    expect(reply.status).toBe(403);
    expect(reply.json().error).toBe('Forbidden');
    expect(reply.headers.get('Zendesk-RateLimit-create-update-user')).toBe('total=5; remaining=4; resets=60');
    expect(zd.account.getUser(people.shared)?.suspended).toBe(false);
  });

  it('serves a shared user as shared, and not as a shared agent', async () => {
    const zd = zendesk.open();
    expect(obj((await zd.get(`users/${people.shared}.json`)).json().user)).toMatchObject({ shared: true, shared_agent: false });
  });

  it('lets an admin update an agent', async () => {
    const zd = zendesk.open();
    zd.account.setActingUser(staff.admin);
    expect((await zd.put(`users/${people.agentRequester}.json`, { user: { suspended: true } })).status).toBe(200);
  });

  it('refuses a light agent updating an end user', async () => {
    const zd = zendesk.open();
    zd.account.setActingUser(staff.lightAgent);
    const reply = await zd.put(`users/${people.ordinary}.json`, { user: { suspended: true } });
    expect(reply.status).toBe(403);
    expect(zd.account.getUser(people.ordinary)?.suspended).toBe(false);
  });

  it('refuses an agent changing a role', async () => {
    const zd = zendesk.open();
    expect((await zd.put(`users/${people.ordinary}.json`, { user: { role: 'agent' } })).status).toBe(403);
  });

  it('answers 429 with Retry-After and a plain-text body after five updates in a minute', async () => {
    const zd = zendesk.open();
    for (let i = 0; i < 5; i += 1) {
      const reply = await zd.put(`users/${people.ordinary}.json`, { user: { notes: `note ${i}` } });
      expect(reply.status).toBe(200);
      zd.clock.advance(1_000);
    }
    const limited = await zd.put(`users/${people.ordinary}.json`, { user: { notes: 'one too many' } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('55');
    expect(limited.headers.get('Content-Type')).toMatch(/^text\/plain/);
    expect(limited.text).toBe('Too Many Requests');
    expect(zd.account.getUser(people.ordinary)?.notes).toBe('note 4');
    expect((await zd.put(`users/${people.zoe}.json`, { user: { notes: 'another user is not limited' } })).status).toBe(200);
  });

  it('admits updates again once the minute has passed', async () => {
    const zd = zendesk.open();
    for (let i = 0; i < 5; i += 1) await zd.put(`users/${people.ordinary}.json`, { user: { notes: `note ${i}` } });
    expect((await zd.put(`users/${people.ordinary}.json`, { user: { notes: 'limited' } })).status).toBe(429);
    zd.clock.advance(59_999);
    const stillLimited = await zd.put(`users/${people.ordinary}.json`, { user: { notes: 'limited' } });
    expect(stillLimited.headers.get('Retry-After')).toBe('1');
    zd.clock.advance(1);
    expect((await zd.put(`users/${people.ordinary}.json`, { user: { notes: 'admitted' } })).status).toBe(200);
  });

  it('announces the remaining allowance in Zendesk-RateLimit-create-update-user', async () => {
    const zd = zendesk.open();
    const reply = await zd.put(`users/${people.ordinary}.json`, { user: { notes: 'x' } });
    expect(reply.headers.get('Zendesk-RateLimit-create-update-user')).toBe('total=5; remaining=4; resets=60');
  });

  it('refuses a blank name with 422 RecordInvalid', async () => {
    const zd = zendesk.open();
    const reply = await zd.put(`users/${people.ordinary}.json`, { user: { name: '  ' } });
    expect(reply.status).toBe(422);
    expect(reply.json()).toMatchObject({ error: 'RecordInvalid', details: { name: [{ error: 'BlankValue' }] } });
  });

  it('adds an email given on update as a secondary identity', async () => {
    const zd = zendesk.open();
    const reply = await zd.put(`users/${people.suspended}.json`, { user: { email: 'm.bell@example.org' } });
    expect(obj(reply.json().user).email).toBe('marcus.bell@example.org');
    const emails = zd.account.getIdentities(people.suspended).filter((i) => i.type === 'email');
    expect(emails.map((i) => [i.value, i.primary, i.verified])).toEqual([
      ['marcus.bell@example.org', true, true],
      ['m.bell@example.org', false, false],
    ]);
  });

  it('refuses a body that is not sent as JSON', async () => {
    const zd = zendesk.open();
    const response = await fetch(`${origin}/api/v2/users/${people.ordinary}.json`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: JSON.stringify({ user: { suspended: true } }),
    });
    expect(response.status).toBe(400);
    expect(zd.account.getUser(people.ordinary)?.suspended).toBe(false);
  });

  it('answers 404 for a user that does not exist', async () => {
    const zd = zendesk.open();
    expect((await zd.put(`users/${people.deletedRequester}.json`, { user: { suspended: true } })).status).toBe(404);
  });

  it('keeps the identities unchanged when only suspension changes', async () => {
    const zd = zendesk.open();
    const before = list((await zd.get(`users/${people.ordinary}/identities.json`)).json().identities);
    await zd.put(`users/${people.ordinary}.json`, { user: { suspended: true } });
    expect(list((await zd.get(`users/${people.ordinary}/identities.json`)).json().identities)).toEqual(before);
  });
});
