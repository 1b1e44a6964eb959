// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import { App } from '../../src/App.tsx';
import { useZendesk } from '../support/world.ts';
import type { World } from '../support/world.ts';
import { quiet } from '../support/quiet.ts';

const zendesk = useZendesk();
afterEach(cleanup);
// A busy machine (lazy chunks, several test files at once) may take longer than the default second.
configure({ asyncUtilTimeout: 5_000 });

const MESSAGING = '6f1c9a2e4b7d4e0c9a1b2c3d';
const PHONE = '+447700900123';

async function show(world: World) {
  const view = render(<App host={world.host} api={world.api} agent={world.agent} />);
  await screen.findByText(`${world.account.getIdentities(world.requesterId ?? 0).length} identities`, {}, { timeout: 5_000 });
  return view;
}

async function remove(value: string): Promise<HTMLElement> {
  const toggle = screen.getByRole('button', { name: `Actions for ${value}` });
  toggle.click();
  await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
  screen.getByRole('button', { name: `Remove ${value}` }).click();
  return screen.findByRole('dialog');
}

/** Requests after the first view's two reads, as "METHOD path". */
const after = (world: World) => world.host.requests.slice(2).map((request) => `${request.type} ${request.url.split('?')[0]}`);
const userPath = `/api/v2/users/${people.messagingUser}`;

describe('identity types', () => {
  it('names messaging, channel integration and external account identities', async () => {
    const world = zendesk.world('messaging-user');
    await show(world);
    const identities = screen.getByRole('region', { name: 'Identities' });
    for (const heading of ['Messaging', 'Channel integration', 'External account']) {
      expect(within(identities).getByRole('heading', { level: 3, name: heading })).toBeTruthy();
    }
    expect(within(identities).queryByRole('heading', { level: 3, name: 'Other' })).toBeNull();
  });
});

describe('removing a messaging identity', () => {
  it('warns that messaging with the user can break before anything is sent', async () => {
    const world = zendesk.world('messaging-user');
    await show(world);
    const dialog = await remove(MESSAGING);
    expect(within(dialog).getByText(/removing it can break messaging with this user/)).toBeTruthy();
    // The only messaging identity: no other one will be made primary in its place.
    expect(within(dialog).queryByText(/Zendesk will make another one primary/)).toBeNull();
    expect(after(world)).toEqual([]);
  });

  it('says nothing about messaging for an email', async () => {
    const world = zendesk.world('messaging-user');
    await show(world);
    const dialog = await remove('sam.okafor@example.org');
    expect(within(dialog).queryByText(/break messaging/)).toBeNull();
  });
});

describe('removing a phone identity', () => {
  it('reads the user again and clears the number Zendesk kept in the phone field, in one update', async () => {
    const world = zendesk.world('messaging-user');
    await show(world);
    const dialog = await remove(PHONE);
    within(dialog).getByRole('button', { name: 'Remove' }).click();
    // The primary phone went, so the identities are read again too; the user's own reads and writes:
    const toUser = () => after(world).filter((line) => !line.includes('/identities.json'));
    await waitFor(() => expect(toUser()).toHaveLength(3));
    const phoneId = world.host.requests[2]?.url.split('?')[0];
    expect(toUser()).toEqual([`DELETE ${phoneId}`, `GET ${userPath}.json`, `PUT ${userPath}.json`]);
    const put = world.host.requests.find((request) => request.type === 'PUT');
    expect(JSON.parse(String(put?.data))).toEqual({ user: { phone: '' } });
    await waitFor(() => expect(world.account.getUser(people.messagingUser)?.phone).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('updates nothing when Zendesk no longer shows the number', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([]);
    await show(world);
    // A second number takes the first one's place in the phone field.
    const second = await world.api.createIdentity(people.ordinary, { type: 'phone_number', value: '+15550100999' });
    expect(second.value).toBe('+15550100999');
    const dialog = await remove('+15550100123');
    within(dialog).getByRole('button', { name: 'Remove' }).click();
    await waitFor(() => expect(after(world).some((line) => line.startsWith('GET /api/v2/users/2001.json'))).toBe(true));
    await quiet(world.host);
    expect(after(world).filter((line) => line.startsWith('PUT /api/v2/users/'))).toEqual([]);
  });

  it('says so plainly when the update limit refuses the clearing, and clears on request', async () => {
    const world = zendesk.world('messaging-user');
    world.account.setFaults([{ endpoint: 'users.update', kind: 'status', status: 429, apply: 'once' }]);
    await show(world);
    const dialog = await remove(PHONE);
    within(dialog).getByRole('button', { name: 'Remove' }).click();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('is no longer an identity, but Zendesk still shows it');
    expect(alert.textContent).toContain('Zendesk allows 5 changes to a user a minute. Try again in a minute.');
    expect(alert.textContent).not.toMatch(/\d+ seconds/);
    // Never retried on its own.
    expect(after(world).filter((line) => line.startsWith('PUT'))).toHaveLength(1);
    fireEvent.click(within(alert).getByRole('button', { name: 'Clear the phone number' }));
    await waitFor(() => expect(world.account.getUser(people.messagingUser)?.phone).toBeNull());
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(after(world).filter((line) => line.startsWith('PUT'))).toHaveLength(2);
  });
});
