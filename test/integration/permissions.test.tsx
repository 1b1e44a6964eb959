// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { customRoles, people } from '../../dev/zendesk/index.ts';
import { App } from '../../src/App.tsx';
import { hostUser, useZendesk } from '../support/world.ts';
import type { World, WorldRole } from '../support/world.ts';
import { readyRegion } from '../support/regions.ts';

const zendesk = useZendesk();
afterEach(cleanup);

/** A new browser session: nothing is known of the agent yet. */
function firstTicket(role: WorldRole, scenario: 'ordinary' | 'duplicates' = 'ordinary'): World {
  const world = zendesk.world(scenario, { role, freshSession: true });
  render(<App host={world.host} api={world.api} agent={world.agent} />);
  return world;
}

const paths = (world: World) => world.host.requests.map((request) => new URL(request.url, 'https://x.example').pathname);
const region = (name: string) => readyRegion(name, 5_000);
const standing = () => document.querySelector('[data-standing]');

async function settled(world: World) {
  await waitFor(() => expect(paths(world).some((path) => path.includes('/users/me') || path.includes('/custom_roles'))).toBe(true));
  await waitFor(() => expect(standing()?.getAttribute('data-standing') ?? 'none').not.toBe('checking'));
}

describe('what the agent may do, from Zendesk', () => {
  it('reads the role with the first two reads, and offers nothing until it answers', async () => {
    const world = zendesk.world('ordinary', { role: 'agent', freshSession: true });
    world.account.setFaults([{ endpoint: 'users.me', kind: 'latency', ms: 300 }]);
    render(<App host={world.host} api={world.api} agent={world.agent} />);
    await waitFor(() => expect(paths(world)).toContain('/api/v2/users/me.json'));
    // Three parallel reads, one round trip (src/shell/schedule.ts): the role read does not wait for the others.
    expect(paths(world).sort()).toEqual([`/api/v2/users/${world.requesterId}.json`, `/api/v2/users/${world.requesterId}/related.json`, '/api/v2/users/me.json'].sort());
    // Checking: a status says so, and the sections that act wait in their places, offering nothing.
    await waitFor(() => expect(standing()?.textContent).toBe('Checking what your Zendesk role allows…'));
    expect(screen.getByRole('region', { name: 'Access' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Suspend user' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Merge into/ })).toBeNull();
    expect(paths(world)).toHaveLength(3);
    const access = await region('Access');
    expect(within(access).getByRole('button', { name: 'Suspend user' })).toBeTruthy();
    expect(standing()).toBeNull();
  });

  it('costs no request on the next ticket of the same session', async () => {
    const first = firstTicket('agent');
    await settled(first);
    cleanup();
    // The same browser session: what the first ticket learnt is still there.
    const next = zendesk.world('duplicates', { role: 'agent', continueSession: true });
    render(<App host={next.host} api={next.api} agent={next.agent} />);
    expect(paths(next)).not.toContain('/api/v2/users/me.json');
    await screen.findByRole('button', { name: 'Suspend user' });
    expect(paths(next).filter((path) => path.includes('/users/me') || path.includes('custom_roles'))).toEqual([]);
  });

  it('recognises a light agent, whose ZAF role is "agent", and says why once for the whole panel', async () => {
    const world = firstTicket('light-agent');
    expect(world.agent.role).toBe('agent');
    await settled(world);
    expect(await screen.findAllByText('Light agents can view this panel but cannot change users.')).toHaveLength(1);
    expect(within(await region('Access')).queryByRole('button')).toBeNull();
    expect(within(await region('Identities')).queryByRole('button', { name: 'Add identity' })).toBeNull();
    expect(paths(world).filter((path) => path.includes('custom_roles'))).toEqual([]);
  });

  it('lets a custom role that edits but does not delete end users suspend, and not merge', async () => {
    const world = firstTicket('profile-editor', 'duplicates');
    await settled(world);
    // ZAF names the custom role: the account's roles alone tell what it may do, one request.
    expect(paths(world).filter((path) => path.includes('/users/me') || path.includes('/custom_roles'))).toEqual(['/api/v2/custom_roles.json']);
    expect(await within(await region('Access')).findByRole('button', { name: 'Suspend user' })).toBeTruthy();
    expect(within(await region('Identities')).getByRole('button', { name: 'Add identity' })).toBeTruthy();
    const merge = await region('Merge');
    expect(within(merge).queryByRole('button', { name: 'Merge into another user…' })).toBeNull();
    expect(within(merge).getByText('Your Zendesk role can edit end users but not delete them, and a merge deletes the merged user.')).toBeTruthy();
  });

  it('makes the panel read-only for a read-only custom role, said once', async () => {
    const world = firstTicket('read-only');
    await settled(world);
    const reason = 'Your Zendesk role can view end users but not change them, so this panel is read-only.';
    expect(await screen.findAllByText(reason)).toHaveLength(1);
    expect(within(await region('Access')).queryByRole('button')).toBeNull();
    expect(within(await region('Identities')).queryByRole('button', { name: 'Add identity' })).toBeNull();
  });

  it('offers nothing, with a reason, for a role value it does not know', async () => {
    const world = zendesk.world('ordinary', { role: 'profile-editor', freshSession: true });
    const role = world.account.customRoles.get(customRoles.profileEditor);
    if (!role) throw new Error('seeded role missing');
    (role.configuration as { end_user_profile_access: string }).end_user_profile_access = 'edit-some-new-way';
    render(<App host={world.host} api={world.api} agent={world.agent} />);
    expect(await screen.findByText(/cannot tell what your Zendesk role allows/)).toBeTruthy();
    expect(within(await region('Access')).queryByRole('button')).toBeNull();
  });

  it('offers nothing when the role cannot be read, and reads again on Try again', async () => {
    const world = zendesk.world('ordinary', { role: 'agent', freshSession: true });
    world.account.setFaults([{ endpoint: 'users.me', kind: 'status', status: 500, apply: 'once' }]);
    render(<App host={world.host} api={world.api} agent={world.agent} />);
    const notice = await screen.findByText(/Could not check what your Zendesk role allows/);
    expect(within(await region('Access')).queryByRole('button')).toBeNull();
    fireEvent.click(within(notice).getByRole('button', { name: 'Try again' }));
    expect(await within(await region('Access')).findByRole('button', { name: 'Suspend user' })).toBeTruthy();
  });

  it("keeps a 403 with the user it was about, in Zendesk's words, and reads the agent's role again once", async () => {
    const world = firstTicket('agent');
    await settled(world);
    world.account.setFaults([{ endpoint: 'users.update', kind: 'status', status: 403, apply: 'once' }]);
    const access = await region('Access');
    fireEvent.click(await within(access).findByRole('button', { name: 'Suspend user' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    expect(await within(dialog).findByText('Zendesk refused the change: \u2068You do not have access to this page.\u2069')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await within(access).findByText('Zendesk refused this change for this user earlier: \u2068You do not have access to this page.\u2069')).toBeTruthy();
    expect(within(access).queryByRole('button', { name: 'Suspend user' })).toBeNull();
    // The agent's own data decides about the agent: /users/me is read again, and still says agent.
    await waitFor(() => expect(paths(world).filter((path) => path.endsWith('/users/me.json'))).toHaveLength(2));
    expect(within(await region('Identities')).queryByText(/refused/)).toBeNull();

    // Another requester in the same app instance is offered Suspend.
    world.host.values.set('ticket.requester', hostUser(world.account, people.zoe));
    world.host.emit('ticket.requester.id.changed', people.zoe);
    await screen.findByRole('heading', { level: 1, name: 'Zoë Lindqvist' });
    expect(await within(await region('Access')).findByRole('button', { name: 'Suspend user' })).toBeTruthy();
    // Back to the refused requester in this instance: the refusal is still theirs.
    world.host.values.set('ticket.requester', hostUser(world.account, people.ordinary));
    world.host.emit('ticket.requester.id.changed', people.ordinary);
    await screen.findByRole('heading', { level: 1, name: 'Dana Whitfield' });
    expect(await within(await region('Access')).findByText(/^Zendesk refused this change for this user earlier/)).toBeTruthy();

    // A second app instance of the same session: the same requester is offered Suspend again.
    cleanup();
    const next = zendesk.world('ordinary', { role: 'agent', continueSession: true });
    render(<App host={next.host} api={next.api} agent={next.agent} />);
    expect(await within(await region('Access')).findByRole('button', { name: 'Suspend user' })).toBeTruthy();
  });

  it('offers everyone less once a fresh read of the role after a 403 says the agent may no longer change users', async () => {
    const world = firstTicket('agent');
    await settled(world);
    world.account.setFaults([{ endpoint: 'users.update', kind: 'status', status: 403, apply: 'once' }]);
    // The admin made this agent a light agent meanwhile: /users/me now says role_type 1.
    const me = world.account.users.get(world.agent.id ?? 0);
    if (me) me.role_type = 1;
    fireEvent.click(await within(await region('Access')).findByRole('button', { name: 'Suspend user' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Suspend' }));
    expect(await screen.findByText('Light agents can view this panel but cannot change users.')).toBeTruthy();
    cleanup();
    const next = zendesk.world('duplicates', { role: 'agent', continueSession: true });
    render(<App host={next.host} api={next.api} agent={next.agent} />);
    expect(await screen.findByText('Light agents can view this panel but cannot change users.')).toBeTruthy();
  });

  it('offers no change of a shared requester, and says why once for the panel', async () => {
    const world = zendesk.world('shared-user', { role: 'admin' });
    render(<App host={world.host} api={world.api} agent={world.agent} />);
    const sentence = 'This user is shared from another Zendesk account, so they can only be changed there.';
    await region('Access');
    expect(await screen.findAllByText(sentence)).toHaveLength(1);
    expect(within(await region('Access')).queryByRole('button', { name: 'Suspend user' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Merge into another user…' })).toBeNull();
    expect(within(await region('Identities')).queryByRole('button', { name: /Add/ })).toBeNull();
  });

  it('keeps the app settings on top: admins only', async () => {
    const world = zendesk.world('ordinary', { role: 'profile-editor', freshSession: true, settings: { actions_admins_only: true } });
    render(<App host={world.host} api={world.api} agent={world.agent} />);
    expect(await within(await region('Access')).findByText('Only admins can change users with this app.')).toBeTruthy();
  });
});
