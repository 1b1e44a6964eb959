import { describe, expect, it } from 'vitest';
import { people, staff } from './index.ts';
import { list, obj, useAccount } from './test-support.ts';

const zendesk = useAccount();
const ids = (body: Record<string, unknown>) => list(body.tickets).map((t) => t.id);

describe('ticket lists behind the related counts', () => {
  it('lists requested tickets newest update first with sort_by and sort_order', async () => {
    const zd = zendesk.open();
    const reply = await zd.get(`users/${people.ordinary}/tickets/requested.json?sort_by=updated_at&sort_order=desc&per_page=5`);
    expect(reply.status).toBe(200);
    const body = reply.json();
    expect(ids(body)).toEqual([501, 515, 511, 512, 513]);
    expect(body.count).toBe(8);
    expect(String(body.next_page)).toContain('page=2');
    const second = (await zd.get(String(body.next_page))).json();
    expect(ids(second)).toEqual([514, 517, 516]);
    expect(second.next_page).toBeNull();
  });

  it('orders by id ascending when no order is asked, as Zendesk does', async () => {
    const zd = zendesk.open();
    expect(ids((await zd.get(`users/${people.ordinary}/tickets/requested.json`)).json())).toEqual([501, 511, 512, 513, 514, 515, 516, 517]);
  });

  it('lists the tickets a user is CC\'d on and the ones assigned to them', async () => {
    const zd = zendesk.open();
    expect(ids((await zd.get(`users/${people.ordinary}/tickets/ccd.json?sort_by=updated_at&sort_order=desc`)).json())).toEqual([521, 522, 523]);
    expect(ids((await zd.get(`users/${people.agentRequester}/tickets/assigned.json?sort_by=updated_at&sort_order=desc`)).json())).toEqual([531, 532, 533]);
    expect(list((await zd.get(`users/${staff.agent}/tickets/assigned.json?per_page=100`)).json().tickets).length).toBeGreaterThan(5);
  });

  it('pages with a cursor when page[size] is given', async () => {
    const zd = zendesk.open();
    const body = (await zd.get(`users/${people.ordinary}/tickets/requested.json?page[size]=3`)).json();
    expect(ids(body)).toEqual([501, 511, 512]);
    expect(obj(body.meta).has_more).toBe(true);
  });

  it('keeps markup in a subject as it was typed', async () => {
    const zd = zendesk.open();
    const [ticket] = list((await zd.get(`users/${people.hostile}/tickets/ccd.json`)).json().tickets);
    expect(ticket?.subject).toBe('"><script>alert(document.domain)</script>');
  });

  it('answers 404 for an unknown user and 400 for an unknown sort', async () => {
    const zd = zendesk.open();
    expect((await zd.get('users/777777/tickets/requested.json')).status).toBe(404);
    expect((await zd.get(`users/${people.ordinary}/tickets/requested.json?sort_by=colour`)).status).toBe(400);
  });
});

describe('organizations of a user', () => {
  it('sideloads every membership with the profile, the default first', async () => {
    const zd = zendesk.open();
    const body = (await zd.get(`users/${people.ordinary}.json?include=organizations`)).json();
    expect(obj(body.user).organization_id).toBe(9001);
    expect(list(body.organizations).map((o) => o.id)).toEqual([9001, 9005, 9006]);
  });

  it('lists them at /users/{id}/organizations', async () => {
    const zd = zendesk.open();
    const body = (await zd.get(`users/${people.ordinary}/organizations.json`)).json();
    expect(list(body.organizations).map((o) => o.name)).toEqual(['Harbor & Pine Outfitters', 'Portsmouth Cycling Club', 'Solent Riders Co-op']);
    expect((await zd.get('users/777777/organizations.json')).status).toBe(404);
  });

  it('drops the other memberships when organization_id is updated, as Zendesk documents', async () => {
    const zd = zendesk.open();
    zd.account.setActingUser(staff.admin);
    expect((await zd.put(`users/${people.ordinary}.json`, { user: { organization_id: 9005 } })).status).toBe(200);
    const body = (await zd.get(`users/${people.ordinary}/organizations.json`)).json();
    expect(list(body.organizations).map((o) => o.id)).toEqual([9005]);
  });

  it('gives requesters time zones far from UTC', () => {
    const zd = zendesk.open();
    expect(zd.account.getUser(people.hostile)?.iana_time_zone).toBe('Pacific/Kiritimati');
    expect(zd.account.getUser(people.suspended)?.iana_time_zone).toBe('Pacific/Pago_Pago');
  });
});
