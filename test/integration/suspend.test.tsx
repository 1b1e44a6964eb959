// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App.tsx';
import { useZendesk } from '../support/world.ts';
import type { World } from '../support/world.ts';
import { readyRegion } from '../support/regions.ts';
import { quiet } from '../support/quiet.ts';

const zendesk = useZendesk();
afterEach(cleanup);

function show(world: World) {
  return render(<App host={world.host} api={world.api} agent={world.agent} />);
}

async function access() {
  return readyRegion('Access');
}

const updates = (world: World) => world.host.requests.filter((request) => request.type === 'PUT');

describe('suspend and unsuspend', () => {
  it('explains what suspension does before suspending, then shows the new state and the way back', async () => {
    const world = zendesk.world('ordinary');
    show(world);
    const section = await access();
    fireEvent.click(within(section).getByRole('button', { name: 'Suspend user' }));
    const dialog = await screen.findByRole('dialog', { name: /^Suspend / });
    expect(dialog.textContent).toMatch(/no longer be able to sign in/);
    expect(dialog.textContent).toMatch(/suspended tickets/);
    expect(dialog.textContent).toMatch(/unsuspend them at any time/);
    expect(updates(world)).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Unsuspend user' })).toBeTruthy());
    expect(within(section).getByText(/^Suspended:/)).toBeTruthy();
    expect(world.account.getUser(world.requesterId ?? 0)?.suspended).toBe(true);
    expect(screen.getAllByText('Suspended').length).toBeGreaterThan(0);
    // The workspace notification names nobody; the panel says the full sentence.
    expect(world.host.invocations).toContainEqual({ name: 'notify', args: ['User suspended', 'notice'] });
    expect(await within(section).findByText(/is suspended\.$/)).toBeTruthy();
  });

  it('sends one request however fast the confirm button is clicked', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.update', kind: 'latency', ms: 100 }]);
    show(world);
    fireEvent.click(within(await access()).getByRole('button', { name: 'Suspend user' }));
    const confirm = within(await screen.findByRole('dialog')).getByRole('button', { name: 'Suspend' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(updates(world)).toHaveLength(1);
  });

  it('does nothing when the agent cancels', async () => {
    const world = zendesk.world('ordinary');
    show(world);
    fireEvent.click(within(await access()).getByRole('button', { name: 'Suspend user' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(updates(world)).toHaveLength(0);
    expect(world.account.getUser(world.requesterId ?? 0)?.suspended).toBe(false);
  });

  it('unsuspends a suspended user', async () => {
    const world = zendesk.world('suspended');
    show(world);
    const section = await access();
    fireEvent.click(await within(section).findByRole('button', { name: 'Unsuspend user' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Unsuspend' }));
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Suspend user' })).toBeTruthy());
    expect(world.account.getUser(world.requesterId ?? 0)?.suspended).toBe(false);
  });

  it('leaves the state unchanged and says so when Zendesk answers 403', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.update', kind: 'status', status: 403 }]);
    show(world);
    const section = await access();
    fireEvent.click(within(section).getByRole('button', { name: 'Suspend user' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    expect(await within(dialog).findByText('Zendesk refused the change: \u2068You do not have access to this page.\u2069')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(section).getByText('Can sign in and submit tickets.')).toBeTruthy();
    expect(within(section).getByRole('alert').textContent).toMatch(/Zendesk refused the change/);
    expect(screen.queryByText('Suspended')).toBeNull();
  });

  it('explains the per-user rate limit with when to retry', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.update', kind: 'status', status: 429, retryAfterSeconds: 38 }]);
    show(world);
    fireEvent.click(within(await access()).getByRole('button', { name: 'Suspend user' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    expect(await within(dialog).findByText('Zendesk is limiting requests. Try again in 38 seconds.')).toBeTruthy();
    expect(updates(world)).toHaveLength(1);
  });

  it('says "try again in a minute" when the per-user limit answers in plain text with no Retry-After', async () => {
    const world = zendesk.world('ordinary');
    // Another ticket tab used the allowance up: this app instance has not seen Zendesk say so.
    for (let i = 0; i < 5; i += 1) world.account.updateLimiter.take(String(world.requesterId ?? 0));
    show(world);
    fireEvent.click(within(await access()).getByRole('button', { name: 'Suspend user' }));
    const dialog = await screen.findByRole('dialog');
    // The account's own limit answers now: a plain-text body. A fault takes its Retry-After away.
    world.account.setFaults([{ endpoint: 'users.update', kind: 'status', status: 429, apply: 'once' }]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    expect(await within(dialog).findByText('Zendesk is limiting requests. Try again in a minute.')).toBeTruthy();
    expect(world.account.getUser(world.requesterId ?? 0)?.suspended).toBe(false);
  });

  it("holds a change back, unsent, once Zendesk's header says the user's allowance is used up", async () => {
    const world = zendesk.world('ordinary');
    // Zendesk-RateLimit-create-update-user on each answer: the fifth says remaining=0, resets=60.
    for (let i = 0; i < 5; i += 1) await world.api.updateUser(world.requesterId ?? 0, { suspended: false });
    show(world);
    fireEvent.click(within(await access()).getByRole('button', { name: 'Suspend user' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    const held = await within(dialog).findByText(/^Not sent: Zendesk allows only a few changes a minute to one user/);
    expect(held.textContent).toMatch(/Try again in \d+ seconds?\.$/);
    expect(updates(world)).toHaveLength(5);
    expect(world.account.getUser(world.requesterId ?? 0)?.suspended).toBe(false);
  });

  it('says a suspension answered with a 5xx may or may not have been made, and to check first', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.update', kind: 'status', status: 500, committed: true }]);
    show(world);
    fireEvent.click(within(await access()).getByRole('button', { name: 'Suspend user' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    expect(await within(dialog).findByText(/Zendesk reported an error \(500\)\. The change may or may not have been made/)).toBeTruthy();
    expect(within(dialog).queryByText(/lost/)).toBeNull();
  });

  it('says why an agent cannot suspend another agent', async () => {
    const world = zendesk.world('agent-requester');
    show(world);
    const section = await access();
    expect(within(section).queryByRole('button')).toBeNull();
    expect(within(section).getByText(/Agents can only change end users/)).toBeTruthy();
  });

  it('lets an admin suspend an agent', async () => {
    const world = zendesk.world('agent-requester', { role: 'admin' });
    show(world);
    expect(await within(await access()).findByRole('button', { name: 'Suspend user' })).toBeTruthy();
  });

  it('gives light agents a read-only view, with the reason said once for the panel', async () => {
    const world = zendesk.world('ordinary', { role: 'light-agent' });
    show(world);
    const section = await access();
    expect(await screen.findAllByText(/Light agents can view this panel/)).toHaveLength(1);
    expect(within(section).queryByRole('button')).toBeNull();
    expect(within(section).queryByText(/Light agents/)).toBeNull();
  });

  it('follows the settings that turn suspension off or restrict it to admins', async () => {
    const off = zendesk.world('ordinary', { settings: { suspend_enabled: false } });
    show(off);
    expect(within(await access()).getByText(/turned off in this app's settings/)).toBeTruthy();
    cleanup();
    const adminsOnly = zendesk.world('ordinary', { settings: { actions_admins_only: true } });
    show(adminsOnly);
    expect(within(await access()).getByText('Only admins can change users with this app.')).toBeTruthy();
  });
});

describe('suspend and sign out everywhere', () => {
  const signOuts = (world: World) => world.host.requests.filter((request) => request.type === 'DELETE' && request.url.includes('/sessions'));

  async function suspendWith(world: World, signOut: boolean) {
    show(world);
    const section = await access();
    fireEvent.click(within(section).getByRole('button', { name: 'Suspend user' }));
    const dialog = await screen.findByRole('dialog');
    const option = within(dialog).getByRole('checkbox', { name: 'Also sign them out of every session now' }) as HTMLInputElement;
    expect(option.checked).toBe(true);
    if (!signOut) fireEvent.click(option);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    return section;
  }

  it('suspends first, then ends every session, and reports each', async () => {
    const world = zendesk.world('ordinary');
    const section = await suspendWith(world, true);
    await within(section).findByText(/is signed out of every session\.$/);
    expect(within(section).getByText(/is suspended\.$/)).toBeTruthy();
    const writes = world.host.requests.filter((request) => request.type !== 'GET').map((request) => request.type);
    expect(writes).toEqual(['PUT', 'DELETE']);
    expect(world.account.signOuts.map((entry) => entry.userId)).toEqual([world.requesterId]);
  });

  it('opens the confirmation on the safe answer, Cancel, not on the sign-out option', async () => {
    const world = zendesk.world('ordinary');
    show(world);
    fireEvent.click(within(await access()).getByRole('button', { name: 'Suspend user' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' })));
  });

  it('leaves sessions alone when the agent unticks the option', async () => {
    const world = zendesk.world('ordinary');
    const section = await suspendWith(world, false);
    await within(section).findByText(/is suspended\.$/);
    await quiet(world.host);
    expect(signOuts(world)).toHaveLength(0);
  });

  it('says the user is suspended but may still be signed in when the sign-out fails, and retries the sign-out alone', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'sessions.delete_all', kind: 'status', status: 500, apply: 'once' }]);
    const section = await suspendWith(world, true);
    const failure = await within(section).findByText(/is suspended, but may still be signed in/);
    // A 5xx does not say the sign-out failed: it may have happened all the same.
    expect(failure.textContent).toMatch(/Zendesk reported an error \(500\), so the sign-out may or may not have happened\. Check their sessions, or try again\.$/);
    expect(failure.textContent).not.toMatch(/did not go through|refused/);
    expect(world.account.getUser(world.requesterId ?? 0)?.suspended).toBe(true);
    expect(world.account.signOuts).toHaveLength(0);
    fireEvent.click(within(failure.closest('.notice') as HTMLElement).getByRole('button', { name: 'Try again' }));
    await within(section).findByText(/is signed out of every session\.$/);
    expect(updates(world)).toHaveLength(1);
    expect(signOuts(world)).toHaveLength(2);
    expect(world.account.signOuts).toHaveLength(1);
  });

  it('keeps suspend offered after a sign-out 403, and leaves the option off next time', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'sessions.delete_all', kind: 'status', status: 403 }]);
    const section = await suspendWith(world, true);
    const failure = await within(section).findByText(/is suspended, but may still be signed in/);
    expect(failure.textContent).toMatch(/Zendesk refused the sign-out\. Zendesk refused the change: \u2068You do not have access to this page\.\u2069$/);
    expect(failure.textContent).not.toMatch(/may or may not/);
    fireEvent.click(within(section).getByRole('button', { name: 'Unsuspend user' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Unsuspend' }));
    fireEvent.click(await within(section).findByRole('button', { name: 'Suspend user' }));
    const option = within(await screen.findByRole('dialog')).getByRole('checkbox', { name: 'Also sign them out of every session now' }) as HTMLInputElement;
    expect(option.checked).toBe(false);
  });

  it('says the answer to the sign-out was lost when it cannot be read, without claiming either outcome', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'sessions.delete_all', kind: 'malformed', shape: 'invalid-json', apply: 'once' }]);
    const section = await suspendWith(world, true);
    const failure = await within(section).findByText(/is suspended, but may still be signed in/);
    expect(failure.textContent).toMatch(/the answer to the sign-out was lost, so it may or may not have happened\. Try again\.$/);
    expect(failure.textContent).not.toMatch(/refused|reported an error/);
  });

  it('does not touch sessions when unsuspending, nor offer to', async () => {
    const world = zendesk.world('suspended');
    show(world);
    fireEvent.click(await within(await access()).findByRole('button', { name: 'Unsuspend user' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Unsuspend' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(signOuts(world)).toHaveLength(0);
  });
});
