// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App.tsx';
import { hostUser, useZendesk } from '../support/world.ts';
import type { World } from '../support/world.ts';
import { quiet } from '../support/quiet.ts';

const zendesk = useZendesk();
afterEach(cleanup);

function show(world: World) {
  return render(<App host={world.host} api={world.api} agent={world.agent} />);
}

function section(name: string): Promise<HTMLElement> {
  return screen.findByRole('region', { name });
}

function requesterOf(world: World) {
  const user = world.account.getUser(world.requesterId ?? 0);
  if (!user) throw new Error('scenario without requester');
  return user;
}

function anotherEndUser(world: World, than: number) {
  const user = [...world.account.users.values()].find((candidate) => candidate.role === 'end-user' && candidate.id !== than);
  if (!user) throw new Error('scenario needs two end users');
  return user;
}

describe('ticket sidebar', () => {
  it('says it could not read the requester when the host cannot, never that there is none, and reads again on Try again', async () => {
    const world = zendesk.world('ordinary');
    const read = world.host.getImpl;
    let failing = true;
    // ZAF's single-path get rejects with the path's error (zendesk_app_framework_sdk processResponse).
    world.host.getImpl = (path) => (failing && path === 'ticket.requester' ? Promise.reject(new Error('APIUnavailable')) : read(path));
    show(world);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Could not read the requester from Zendesk.');
    expect(screen.queryByText(/No requester yet/)).toBeNull();
    failing = false;
    within(notice).getByRole('button', { name: 'Try again' }).click();
    expect(await screen.findByRole('heading', { level: 1, name: requesterOf(world).name })).toBeTruthy();
  });

  it('paints the requester from the host before any API call answers', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: '*', kind: 'hang' }]);
    show(world);
    const name = requesterOf(world).name;
    expect(await screen.findByRole('heading', { level: 1, name })).toBeTruthy();
    expect(within(await section('Tickets')).getByText('Loading…')).toBeTruthy();
    expect(within(await section('Identities')).getByText('Loading…')).toBeTruthy();
  });

  it('shows the four related counts', async () => {
    const world = zendesk.world('ordinary');
    show(world);
    const counts = world.account.getRelated(world.requesterId ?? 0);
    const tickets = await section('Tickets');
    await waitFor(() => expect(within(tickets).queryByText('Loading…')).toBeNull());
    const value = (label: string) => within(tickets).getByText(label).nextElementSibling?.textContent;
    expect(value('Requested')).toBe(counts?.requested_tickets.toLocaleString('en'));
    expect(value('Assigned')).toBe(counts?.assigned_tickets.toLocaleString('en'));
    expect(value("CC'd")).toBe(counts?.ccd_tickets.toLocaleString('en'));
    expect(value('Org subscriptions')).toBe(counts?.organization_subscriptions.toLocaleString('en'));
  });

  it('lists every identity with its primary and verified state, grouped by type', async () => {
    const world = zendesk.world('ordinary');
    const { container } = show(world);
    const identities = world.account.getIdentities(world.requesterId ?? 0);
    await waitFor(() => expect(container.querySelectorAll('[data-identity-id]').length).toBe(identities.length));
    for (const identity of identities) {
      const row = container.querySelector(`[data-identity-id="${identity.id}"]`);
      expect(row?.closest('[data-type]')?.getAttribute('data-type')).toBe(identity.type);
      expect(row?.textContent).toContain(identity.value);
      expect(row?.textContent?.includes('Primary')).toBe(identity.primary);
      expect(row?.textContent?.includes('Not verified')).toBe(!identity.verified);
    }
  });

  it('drops answers for a previous requester', async () => {
    const world = zendesk.world('duplicates');
    const first = requesterOf(world);
    const second = anotherEndUser(world, first.id);
    // The first requester's reads are slow; the second's are fast.
    world.account.setFaults([
      { endpoint: 'users.show', kind: 'latency', ms: 300, apply: 'once' },
      { endpoint: 'users.related', kind: 'latency', ms: 300, apply: 'once' },
    ]);
    const { container } = show(world);
    await screen.findByRole('heading', { level: 1, name: first.name });
    world.host.values.set('ticket.requester', hostUser(world.account, second.id));
    world.host.emit('ticket.requester.id.changed', second.id);
    await screen.findByRole('heading', { level: 1, name: second.name });
    const secondIdentities = world.account.getIdentities(second.id);
    await waitFor(() => expect(container.querySelectorAll('[data-identity-id]').length).toBe(secondIdentities.length));
    await quiet(world.host);
    const shown = [...container.querySelectorAll('[data-identity-id]')].map((row) => Number(row.getAttribute('data-identity-id')));
    expect(shown.sort()).toEqual(secondIdentities.map((identity) => identity.id).sort());
    expect(screen.queryByText(first.name)).toBeNull();
  });

  it('follows a requester change that arrives the moment the header first paints', async () => {
    const world = zendesk.world('duplicates');
    const first = requesterOf(world);
    const second = anotherEndUser(world, first.id);
    // Start-up's way: the requester the host answered, painted without act(), so nothing
    // flushes the effects before the host speaks again.
    const root = document.body.appendChild(document.createElement('div'));
    preactRender(<App host={world.host} api={world.api} agent={world.agent} initialRequester={hostUser(world.account, first.id)} />, root);
    expect(within(root).getByRole('heading', { level: 1 }).textContent).toBe(first.name);
    world.host.values.set('ticket.requester', hostUser(world.account, second.id));
    world.host.emit('ticket.requester.id.changed', second.id);
    expect(await within(root).findByRole('heading', { level: 1, name: second.name })).toBeTruthy();
    preactRender(null, root);
    root.remove();
  });

  it('keeps the counts working when the identities read fails, and recovers on retry', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.show', kind: 'status', status: 500, apply: 'once' }]);
    show(world);
    const identities = await section('Identities');
    expect(await within(identities).findByText('Zendesk had a problem answering (500). Try again.')).toBeTruthy();
    await waitFor(async () => expect(within(await section('Tickets')).getByText('Requested')).toBeTruthy());
    within(identities).getByRole('button', { name: 'Try again' }).click();
    await waitFor(() => expect(within(identities).queryByRole('alert')).toBeNull());
    expect((await within(identities).findAllByRole('listitem')).length).toBeGreaterThan(0);
  });

  it('retries a read after 429 and shows the answer', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.related', kind: 'status', status: 429, retryAfterSeconds: 1, apply: 'once' }]);
    show(world);
    await waitFor(async () => expect(within(await section('Tickets')).getByText('Requested')).toBeTruthy(), { timeout: 3_000 });
    const relatedCalls = world.host.requests.filter((request) => request.url.includes('/related'));
    expect(relatedCalls).toHaveLength(2);
  });

  it('says when to retry when the rate limit lasts longer than the app waits', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.related', kind: 'status', status: 429, retryAfterSeconds: 45 }]);
    show(world);
    const tickets = await section('Tickets');
    await waitFor(() => expect(tickets.textContent).toContain('Zendesk is limiting requests. Try again in 45 seconds.'));
  });

  it('explains a malformed answer in the section where it happened', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([
      { endpoint: 'users.related', kind: 'malformed', shape: 'invalid-json' },
      { endpoint: 'users.show', kind: 'malformed', shape: 'wrong-shape' },
    ]);
    show(world);
    expect(await within(await section('Tickets')).findByText(/could not read/)).toBeTruthy();
    expect(await within(await section('Identities')).findByText(/could not read/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: requesterOf(world).name })).toBeTruthy();
  });

  it('renders hostile names, notes and identity values as text', async () => {
    const world = zendesk.world('hostile-markup');
    const { container } = show(world);
    const requester = requesterOf(world);
    await screen.findByRole('heading', { level: 1, name: requester.name });
    const identities = world.account.getIdentities(requester.id);
    await waitFor(() => expect(container.querySelectorAll('[data-identity-id]').length).toBe(identities.length));
    expect(container.querySelector('script, img[onerror], [onerror], iframe')).toBeNull();
    for (const identity of identities) expect(container.textContent).toContain(identity.value);
  });

  it('says the requester no longer exists when Zendesk answers 404', async () => {
    const world = zendesk.world('deleted-requester');
    show(world);
    expect(await screen.findByText(/no longer exists/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Identities' })).toBeNull();
  });

  it('asks the agent to choose a requester on a new ticket', async () => {
    const world = zendesk.world('new-ticket', { context: { location: 'new_ticket_sidebar' } });
    show(world);
    expect(await screen.findByText(/No requester yet/)).toBeTruthy();
    expect(world.host.requests).toHaveLength(0);
  });

  it('shows the viewed user in the user sidebar', async () => {
    const world = zendesk.world('ordinary', { context: { location: 'user_sidebar', ticketId: null } });
    world.host.values.set('ticket.requester', undefined);
    show(world);
    expect(await screen.findByRole('heading', { level: 1, name: requesterOf(world).name })).toBeTruthy();
  });

  it('opens the requester profile through the host', async () => {
    const world = zendesk.world('ordinary');
    show(world);
    (await screen.findByRole('button', { name: /Open profile of/ })).click();
    expect(world.host.invocations).toContainEqual({ name: 'routeTo', args: ['user', world.requesterId] });
  });

  it('sends two requests on first view and none when reactivated soon after', async () => {
    const world = zendesk.world('ordinary');
    show(world);
    await waitFor(async () => expect(within(await section('Tickets')).getByText('Requested')).toBeTruthy());
    await waitFor(async () => expect(within(await section('Identities')).queryByText('Loading…')).toBeNull());
    expect(world.host.requests).toHaveLength(2);
    world.host.emit('app.activated', {});
    await quiet(world.host);
    expect(world.host.requests).toHaveLength(2);
  });

  it('reads again, quietly, when the agent comes back after a minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const world = zendesk.world('ordinary');
      show(world);
      await waitFor(async () => expect(within(await section('Tickets')).getByText('Requested')).toBeTruthy());
      vi.setSystemTime(Date.now() + 61_000);
      world.host.emit('app.activated', {});
      await waitFor(() => expect(world.host.requests).toHaveLength(4));
      expect(within(await section('Tickets')).queryByText('Loading…')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
