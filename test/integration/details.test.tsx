// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import { App } from '../../src/App.tsx';
import { hostUser, useZendesk } from '../support/world.ts';
import type { World } from '../support/world.ts';
import { readyRegion } from '../support/regions.ts';
import { quiet } from '../support/quiet.ts';

const zendesk = useZendesk();
afterEach(cleanup);

function show(world: World) {
  return render(<App host={world.host} api={world.api} agent={world.agent} />);
}

const block = () => readyRegion('About the requester');
const term = (within_: HTMLElement, label: string) => within(within_).getByText(label).nextElementSibling?.textContent ?? '';

describe('requester context', () => {
  it('shows organizations, local time, language, last sign-in and tags from the first read, with no read of its own', async () => {
    const world = zendesk.world('ordinary');
    show(world);
    const context = await block();
    expect([...context.querySelectorAll('.context__orgs li')].map((li) => li.textContent)).toEqual([
      'Harbor & Pine Outfitters (default)', 'Portsmouth Cycling Club', 'Solent Riders Co-op',
    ]);
    expect(term(context, 'Local time')).toMatch(/\d{1,2}:\d{2}.*\(Europe\/London\)/);
    expect(term(context, 'Language')).toBe('British English');
    expect(term(context, 'Last sign-in')).toMatch(/ago|last|yesterday/);
    expect(within(context).getByText('vip')).toBeTruthy();
    expect(within(context).getByText('Prefers email. Wholesale buyer since 2019.')).toBeTruthy();
    expect(within(context).queryByRole('button', { name: 'Look for other organizations' })).toBeNull();
    expect(world.host.requests.map((request) => request.url.split('?')[0])).toEqual(['/api/v2/users/2001.json', '/api/v2/users/2001/related.json']);
  });

  it('calls the person a user, not a requester, in the user sidebar', async () => {
    const world = zendesk.world('ordinary', { context: { location: 'user_sidebar', ticketId: null } });
    world.host.values.set('ticket.requester', undefined);
    show(world);
    const context = await readyRegion('About this user');
    expect(within(context).getByText('Local time')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'About the requester' })).toBeNull();
  });

  it('shows markup in notes, details and tags as text', async () => {
    const world = zendesk.world('hostile-markup');
    const { container } = show(world);
    const context = await block();
    expect(within(context).getByText('<i>tag</i>')).toBeTruthy();
    expect(context.textContent).toContain('<script>alert("notes")</script>');
    expect(container.querySelector('script, svg[onload], i')).toBeNull();
    expect(term(context, 'Local time')).toMatch(/GMT\+14.*\(Pacific\/Kiritimati\)/);
  });

  it('collapses long notes after three lines behind Show more', async () => {
    const world = zendesk.world('ordinary');
    const user = world.account.users.get(people.ordinary);
    if (user) user.notes = 'one\ntwo\nthree\nfour\nfive';
    show(world);
    const context = await block();
    const more = within(context).getByRole('button', { name: 'Show more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(context.querySelector('#context-notes')?.classList.contains('context__body--clamped')).toBe(true);
    more.click();
    const less = await within(context).findByRole('button', { name: 'Show less' });
    expect(less.getAttribute('aria-expanded')).toBe('true');
    expect(context.querySelector('#context-notes')?.classList.contains('context__body--clamped')).toBe(false);
  });

  it('reads the user\'s organizations only when asked, when the sideload names just the default one', async () => {
    const world = zendesk.world('duplicates');
    const user = world.account.users.get(people.zoe);
    if (user) user.organization_ids = [9002, 9001];
    // The sideload names only the default organization, as some accounts may answer.
    const send = world.host.send;
    world.host.send = async (request) => {
      const response = await send(request);
      if (!request.url.includes('include=')) return response;
      const body = (await response.json()) as { organizations: { id: number }[] };
      body.organizations = body.organizations.filter((org) => org.id === 9002);
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    show(world);
    const context = await block();
    expect(world.host.requests.some((request) => request.url.includes('/organizations'))).toBe(false);
    within(context).getByRole('button', { name: 'Look for other organizations' }).click();
    await waitFor(() => expect(context.querySelectorAll('.context__orgs li')).toHaveLength(2));
    expect(context.querySelector('.context__orgs li')?.textContent).toBe('Lindqvist Design Studio (default)');
    expect(world.host.requests.filter((request) => request.url.includes('/2101/organizations'))).toHaveLength(1);
    expect(within(context).queryByRole('button', { name: 'Look for other organizations' })).toBeNull();
  });

  it('is hidden when the admin turns it off', async () => {
    const world = zendesk.world('ordinary', { settings: { hide_requester_context: true } });
    show(world);
    await screen.findByRole('region', { name: 'Identities' });
    await waitFor(() => expect(document.querySelectorAll('[data-identity-id]').length).toBeGreaterThan(0));
    expect(screen.queryByRole('region', { name: 'About the requester' })).toBeNull();
  });
});

describe('the tickets behind each count', () => {
  async function counts(world: World) {
    show(world);
    const tickets = await screen.findByRole('region', { name: 'Tickets' });
    await waitFor(() => expect(within(tickets).queryByText('Loading…')).toBeNull());
    return tickets;
  }

  it('opens the five latest requested tickets with one read, the current ticket marked', async () => {
    const world = zendesk.world('ordinary');
    const tickets = await counts(world);
    const before = world.host.requests.length;
    const button = within(tickets).getByRole('button', { name: 'Requested 14, show latest tickets' });
    button.click();
    const list = await screen.findByRole('region', { name: 'Latest tickets: Requested' });
    await waitFor(() => expect(list.querySelectorAll('li')).toHaveLength(5), { timeout: 3_000 });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const rows = [...list.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(rows[0]).toContain('Wholesale order #4471 arrived with a bent fork');
    expect(rows[0]).toContain('This ticket');
    expect(rows.map((row) => row.match(/^(New|Open|Pending|On-hold|Solved|Closed)/)?.[1])).toEqual(['Open', 'New', 'Pending', 'On-hold', 'Solved']);
    const reads = world.host.requests.slice(before).map((request) => request.url);
    expect(reads).toEqual(['/api/v2/users/2001/tickets/requested.json?sort_by=updated_at&sort_order=desc&per_page=5']);
    within(list).getByRole('button', { name: /Bulk discount for club orders/ }).click();
    within(list).getByRole('button', { name: 'See all in Zendesk' }).click();
    expect(world.host.invocations).toEqual(expect.arrayContaining([
      { name: 'routeTo', args: ['ticket', 515] },
      { name: 'routeTo', args: ['user', 2001] },
    ]));
  });

  it('opens the CC\'d and assigned lists, and leaves organization subscriptions a number', async () => {
    const world = zendesk.world('ordinary');
    const tickets = await counts(world);
    within(tickets).getByRole('button', { name: "CC'd 3, show latest tickets" }).click();
    const list = await screen.findByRole('region', { name: "Latest tickets: CC'd" });
    await waitFor(() => expect(list.textContent).toContain('Club ride sponsorship'), { timeout: 3_000 });
    within(tickets).getByRole('button', { name: 'Assigned 0, show latest tickets' }).click();
    const assigned = await screen.findByRole('region', { name: 'Latest tickets: Assigned' });
    expect(await within(assigned).findByText('No tickets you can see.')).toBeTruthy();
    expect(within(tickets).queryByRole('button', { name: /Org subscriptions/ })).toBeNull();
  });

  it('shows a markup subject as text', async () => {
    const world = zendesk.world('hostile-markup');
    const tickets = await counts(world);
    within(tickets).getByRole('button', { name: "CC'd 1, show latest tickets" }).click();
    const list = await screen.findByRole('region', { name: "Latest tickets: CC'd" });
    await waitFor(() => expect(list.textContent).toContain('"><script>alert(document.domain)</script>'), { timeout: 3_000 });
    expect(list.querySelector('script')).toBeNull();
  });

  it('says where a list failed and loads it on retry', async () => {
    const world = zendesk.world('ordinary');
    const tickets = await counts(world);
    world.account.setFaults([{ endpoint: 'tickets.requested', kind: 'status', status: 500, apply: 'once' }]);
    within(tickets).getByRole('button', { name: /^Requested/ }).click();
    const list = await screen.findByRole('region', { name: 'Latest tickets: Requested' });
    expect(await within(list).findByText('Zendesk had a problem answering (500). Try again.', {}, { timeout: 3_000 })).toBeTruthy();
    within(list).getByRole('button', { name: 'Try again' }).click();
    await waitFor(() => expect(list.querySelectorAll('li')).toHaveLength(5), { timeout: 3_000 });
  });

  it('drops a list answer for a previous requester', async () => {
    const world = zendesk.world('ordinary');
    const tickets = await counts(world);
    world.account.setFaults([{ endpoint: 'tickets.requested', kind: 'latency', ms: 400, apply: 'once' }]);
    within(tickets).getByRole('button', { name: /^Requested/ }).click();
    await screen.findByRole('region', { name: 'Latest tickets: Requested' });
    world.host.values.set('ticket.requester', hostUser(world.account, people.zoe));
    world.host.emit('ticket.requester.id.changed', people.zoe);
    await screen.findByRole('heading', { level: 1, name: 'Zoë Lindqvist' });
    await quiet(world.host);
    expect(screen.queryByText(/Wholesale order #4471/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Latest tickets: Requested' })).toBeNull();
  });

  it('keeps the counts plain numbers when the admin hides the lists', async () => {
    const world = zendesk.world('ordinary', { settings: { hide_ticket_lists: true } });
    const tickets = await counts(world);
    expect(within(tickets).queryAllByRole('button')).toHaveLength(0);
    expect(term(tickets, 'Requested')).toBe('14');
  });
});
