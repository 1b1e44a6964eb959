import { describe, expect, it } from 'vitest';
import { people, staff } from './index.ts';
import { list, obj, useAccount, type Client } from './test-support.ts';

const zendesk = useAccount();

const path = (userId: number, rest = '') => `users/${userId}/identities${rest}`;

function find(zd: Client, userId: number, value: string) {
  const identity = zd.account.getIdentities(userId).find((i) => i.value === value);
  if (!identity) throw new Error(`no identity ${value}`);
  return identity;
}

async function pages(zd: Client, first: string): Promise<Array<Record<string, unknown>>> {
  const seen: Array<Record<string, unknown>> = [];
  let url: string | null = first;
  while (url !== null) {
    const body = (await zd.get(url)).json();
    seen.push(body);
    const meta = obj(body.meta);
    url = meta.has_more === true ? String(obj(body.links).next) : null;
  }
  return seen;
}

describe('listing identities', () => {
  it('pages through 250 identities with cursor pagination', async () => {
    const zd = zendesk.open();
    const seen = await pages(zd, `${path(people.manyIdentities)}.json?page[size]=100`);
    expect(seen).toHaveLength(3);
    const ids = seen.flatMap((page) => list(page.identities).map((i) => i.id));
    expect(new Set(ids).size).toBe(250);
    const last = seen[2] ?? {};
    expect(obj(last.meta).has_more).toBe(false);
    expect(typeof obj(last.meta).after_cursor).toBe('string');
  });

  it('pages through 250 identities as 100, 100 and 50', async () => {
    const zd = zendesk.open();
    zd.account.setActingUser(staff.admin);
    for (let i = 0; i < 249; i += 1) {
      const reply = await zd.post(`${path(people.suspended)}.json`, { identity: { type: 'email', value: `marcus+${i}@example.org` } });
      expect(reply.status).toBe(201);
    }
    const seen = await pages(zd, `${path(people.suspended)}?page%5Bsize%5D=100`);
    expect(seen.map((page) => list(page.identities).length)).toEqual([100, 100, 50]);
    const next = String(obj(seen[0]?.links).next);
    expect(next).toMatch(/page%5Bafter%5D=/);
    expect(next).toMatch(/page%5Bsize%5D=100/);
  });

  it('goes back with page[before]', async () => {
    const zd = zendesk.open();
    const first = (await zd.get(`${path(people.manyIdentities)}?page[size]=100`)).json();
    const second = (await zd.get(String(obj(first.links).next))).json();
    const back = (await zd.get(String(obj(second.links).prev))).json();
    expect(list(back.identities).map((i) => i.id)).toEqual(list(first.identities).map((i) => i.id));
  });

  it('refuses a page size above 100', async () => {
    const zd = zendesk.open();
    const reply = await zd.get(`${path(people.manyIdentities)}?page[size]=101`);
    expect(reply.status).toBe(400);
    expect(reply.json().error).toBe('InvalidPaginationParameter');
  });

  it('answers with offset pagination when page[size] is absent', async () => {
    const zd = zendesk.open();
    const first = (await zd.get(`${path(people.manyIdentities)}.json`)).json();
    expect(list(first.identities)).toHaveLength(100);
    expect(first).toMatchObject({ count: 250, previous_page: null });
    expect(first).not.toHaveProperty('meta');
    const third = (await zd.get(`${path(people.manyIdentities)}.json?page=3&per_page=50`)).json();
    expect(list(third.identities)[0]?.value).toBe('relay-101@inbound.harborpine.example');
    expect(String(third.next_page)).toMatch(/page=4/);
  });

  it('filters by type[]', async () => {
    const zd = zendesk.open();
    const reply = await zd.get(`${path(people.ordinary)}?type[]=email&type[]=twitter`);
    expect(list(reply.json().identities).map((i) => i.type)).toEqual(['email', 'email', 'twitter']);
  });
});

describe('adding identities', () => {
  it('adds an email as a secondary identity with 201', async () => {
    const zd = zendesk.open();
    const reply = await zd.post(`${path(people.ordinary)}.json`, { identity: { type: 'email', value: 'dana@harborpine.example' } });
    expect(reply.status).toBe(201);
    expect(obj(reply.json().identity)).toMatchObject({ type: 'email', primary: false, verified: false, user_id: people.ordinary });
    expect(zd.account.verificationEmails.map((m) => m.to)).toEqual(['dana@harborpine.example']);
  });

  it('sends no verification email with skip_verify_email', async () => {
    const zd = zendesk.open();
    await zd.post(`${path(people.ordinary)}.json`, { identity: { type: 'email', value: 'quiet@harborpine.example', skip_verify_email: true } });
    expect(zd.account.verificationEmails).toHaveLength(0);
  });

  it('refuses a value used by another user with 422 DuplicateValue, ignoring case', async () => {
    const zd = zendesk.open();
    const reply = await zd.post(`${path(people.ordinary)}.json`, { identity: { type: 'email', value: 'zoe.lindqvist@GMAIL.com' } });
    expect(reply.status).toBe(422);
    expect(reply.json()).toEqual({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { value: [{ description: 'Value: zoe.lindqvist@GMAIL.com is already being used by another user', error: 'DuplicateValue' }] },
    });
  });

  it('refuses a phone number another user has, whatever its punctuation', async () => {
    const zd = zendesk.open();
    const reply = await zd.post(`${path(people.zoeShop)}.json`, { identity: { type: 'phone_number', value: '+1 (555) 014-2233' } });
    expect(reply.status).toBe(422);
    expect(obj(reply.json().details)).toHaveProperty('value');
  });

  it('stores a phone number in E.164', async () => {
    const zd = zendesk.open();
    const reply = await zd.post(`${path(people.suspended)}.json`, { identity: { type: 'phone_number', value: '+44 20 7946 0958' } });
    expect(obj(reply.json().identity)).toMatchObject({ value: '+442079460958', primary: true });
  });

  it('refuses malformed emails and phones, and unknown types', async () => {
    const zd = zendesk.open();
    const cases = [
      { type: 'email', value: 'not-an-email' },
      { type: 'email', value: 'a@b' },
      { type: 'phone_number', value: '555-0100' },
      { type: 'phone_number', value: '+1 555 CALL NOW' },
      { type: 'carrier_pigeon', value: 'coo' },
      { type: 'email', value: '' },
    ];
    for (const identity of cases) {
      const reply = await zd.post(`${path(people.ordinary)}.json`, { identity });
      expect(reply.status, JSON.stringify(identity)).toBe(422);
    }
  });

  it('refuses a light agent', async () => {
    const zd = zendesk.open();
    zd.account.setActingUser(staff.lightAgent);
    const reply = await zd.post(`${path(people.ordinary)}.json`, { identity: { type: 'email', value: 'x@harborpine.example' } });
    expect(reply.status).toBe(403);
  });
});

describe('changing identities', () => {
  it('makes an identity primary, leaving one primary per type, and answers the whole collection', async () => {
    const zd = zendesk.open();
    const secondary = find(zd, people.ordinary, 'dana.w@fastmail.example');
    const reply = await zd.put(`${path(people.ordinary, `/${secondary.id}/make_primary`)}.json`);
    const identities = list(reply.json().identities);
    expect(identities).toHaveLength(6);
    const primaries = identities.filter((i) => i.primary);
    expect(primaries.map((i) => [i.type, i.value])).toEqual([
      ['email', 'dana.w@fastmail.example'],
      ['phone_number', '+15550100123'],
      ['twitter', 'danawhitfield'],
      ['facebook', '100004567890123'],
      ['google', 'dana.whitfield@gmail.com'],
    ]);
    expect(zd.account.getUser(people.ordinary)?.email).toBe('dana.w@fastmail.example');
  });

  it('verifies an identity', async () => {
    const zd = zendesk.open();
    const identity = find(zd, people.ordinary, 'dana.w@fastmail.example');
    const reply = await zd.put(`${path(people.ordinary, `/${identity.id}/verify`)}.json`);
    expect(obj(reply.json().identity)).toMatchObject({ id: identity.id, verified: true });
  });

  it('sends a verification email with an empty answer, for emails only', async () => {
    const zd = zendesk.open();
    const email = find(zd, people.ordinary, 'dana.w@fastmail.example');
    const reply = await zd.put(`${path(people.ordinary, `/${email.id}/request_verification`)}.json`);
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
    expect(zd.account.verificationEmails).toEqual([expect.objectContaining({ identityId: email.id, to: email.value })]);
    const phone = find(zd, people.ordinary, '+15550100123');
    expect((await zd.put(`${path(people.ordinary, `/${phone.id}/request_verification`)}.json`)).status).toBe(422);
  });

  it('updates verified and value but never primary', async () => {
    const zd = zendesk.open();
    const identity = find(zd, people.ordinary, 'dana.w@fastmail.example');
    const reply = await zd.put(`${path(people.ordinary, `/${identity.id}`)}.json`, {
      identity: { verified: true, value: 'dana.w@proton.example', primary: true },
    });
    expect(obj(reply.json().identity)).toMatchObject({ value: 'dana.w@proton.example', verified: true, primary: false });
    const taken = await zd.put(`${path(people.ordinary, `/${identity.id}`)}.json`, { identity: { value: 'marcus.bell@example.org' } });
    expect(taken.status).toBe(422);
  });

  it('deletes an identity with 204, and the next of its type becomes primary', async () => {
    const zd = zendesk.open();
    const primary = find(zd, people.ordinary, 'dana.whitfield@harborpine.example');
    const reply = await zd.del(`${path(people.ordinary, `/${primary.id}`)}.json`);
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    expect((await zd.get(`${path(people.ordinary, `/${primary.id}`)}.json`)).status).toBe(404);
    expect(find(zd, people.ordinary, 'dana.w@fastmail.example').primary).toBe(true);
  });

  it('refuses to delete the last identity of a user', async () => {
    const zd = zendesk.open();
    const only = find(zd, people.suspended, 'marcus.bell@example.org');
    const reply = await zd.del(`${path(people.suspended, `/${only.id}`)}.json`);
    expect(reply.status).toBe(422);
    expect(reply.json().error).toBe('RecordInvalid');
  });

  it('answers 404 for an identity of another user', async () => {
    const zd = zendesk.open();
    const other = find(zd, people.zoe, 'Zoe.Lindqvist@gmail.com');
    expect((await zd.get(`${path(people.ordinary, `/${other.id}`)}.json`)).status).toBe(404);
    expect((await zd.put(`${path(people.ordinary, `/${other.id}/make_primary`)}.json`)).status).toBe(404);
  });
});

describe('a removed phone identity', () => {
  it('leaves its number in the user’s phone field until phone "" clears it', async () => {
    const zd = zendesk.open();
    const phone = find(zd, people.ordinary, '+15550100123');
    expect((await zd.del(`${path(people.ordinary)}/${phone.id}.json`)).status).toBe(204);
    const after = obj((await zd.get(`users/${people.ordinary}.json`)).json().user);
    expect(after.phone).toBe('+15550100123');
    expect(after.shared_phone_number).toBe(false);
    const identities = list((await zd.get(`${path(people.ordinary)}.json`)).json().identities);
    expect(identities.some((i) => i.type === 'phone_number')).toBe(false);
    const cleared = await zd.put(`users/${people.ordinary}.json`, { user: { phone: '' } });
    expect(cleared.status).toBe(200);
    expect(obj(cleared.json().user).phone).toBeNull();
  });

  it('leaves nothing behind when another phone identity takes its place', async () => {
    const zd = zendesk.open();
    await zd.post(`${path(people.ordinary)}.json`, { identity: { type: 'phone_number', value: '+15550100999' } });
    const phone = find(zd, people.ordinary, '+15550100123');
    await zd.del(`${path(people.ordinary)}/${phone.id}.json`);
    expect(obj((await zd.get(`users/${people.ordinary}.json`)).json().user).phone).toBe('+15550100999');
  });
});
