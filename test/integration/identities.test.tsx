// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { addIdentity } from '../../dev/zendesk/rules/identities.ts';
import { App } from '../../src/App.tsx';
import { useZendesk } from '../support/world.ts';
import type { World } from '../support/world.ts';

const zendesk = useZendesk();
afterEach(cleanup);
// A busy machine (lazy chunks, several test files at once) may take longer than the default second.
configure({ asyncUtilTimeout: 5_000 });

const SECOND_EMAIL = 'dana.w@fastmail.example';
const FIRST_EMAIL = 'dana.whitfield@harborpine.example';

async function show(world: World) {
  const view = render(<App host={world.host} api={world.api} agent={world.agent} />);
  const count = world.account.getIdentities(world.requesterId ?? 0).length;
  await waitFor(() => expect(view.container.querySelectorAll('[data-identity-id]').length).toBe(count));
  return view;
}

function identityId(world: World, value: string): number {
  const found = world.account.getIdentities(world.requesterId ?? 0).find((identity) => identity.value === value);
  if (!found) throw new Error(`no identity ${value}`);
  return found.id;
}

function row(value: string): HTMLElement {
  const element = screen.getByText(value, { selector: '.identity__value' }).closest('li');
  if (!element) throw new Error(`no row for ${value}`);
  return element;
}

const isPrimary = (value: string) => within(row(value)).queryByText('Primary') !== null;

async function openActions(value: string): Promise<HTMLElement> {
  const toggle = screen.getByRole('button', { name: `Actions for ${value}` });
  toggle.click();
  await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
  return row(value);
}

/** Requests after the first view's two reads, as "METHOD path". */
const writes = (world: World) => world.host.requests.slice(2).map((request) => `${request.type} ${request.url.split('?')[0]}`);
// Read without the Unicode isolates around each value (src/ui/notify.ts has its own test of them).
const notices = (world: World) =>
  world.host.invocations.filter((call) => call.name === 'notify')
    .map((call) => call.args.map((arg) => (typeof arg === 'string' ? arg.replace(/[\u2068\u2069]/g, '') : arg)));

describe('identity actions', () => {
  it('makes an identity primary, then reloads the collection and shows the new primary', async () => {
    const world = zendesk.world('ordinary');
    await show(world);
    const id = identityId(world, SECOND_EMAIL);
    await openActions(SECOND_EMAIL);
    screen.getByRole('button', { name: `Make primary: ${SECOND_EMAIL}` }).click();
    await waitFor(() => expect(writes(world)).toHaveLength(2));
    const path = `/api/v2/users/${world.requesterId}/identities`;
    expect(writes(world)).toEqual([`PUT ${path}/${id}/make_primary.json`, `GET ${path}.json`]);
    await waitFor(() => expect(notices(world)).toEqual([['Identity updated', 'notice']]));
    expect(isPrimary(SECOND_EMAIL)).toBe(true);
    expect(isPrimary(FIRST_EMAIL)).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Actions for ${SECOND_EMAIL}` }));
  });

  it('shows a new primary at once and rolls it back when Zendesk refuses', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([
      { endpoint: 'identities.make_primary', kind: 'latency', ms: 150 },
      { endpoint: 'identities.make_primary', kind: 'status', status: 500 },
      // Keeps the check after the failure from answering: what shows must come from the rollback.
      { endpoint: 'identities.list', kind: 'hang' },
    ]);
    await show(world);
    await openActions(SECOND_EMAIL);
    screen.getByRole('button', { name: `Make primary: ${SECOND_EMAIL}` }).click();
    await waitFor(() => expect(isPrimary(SECOND_EMAIL)).toBe(true));
    expect(isPrimary(FIRST_EMAIL)).toBe(false);
    expect(await within(row(SECOND_EMAIL)).findByText(/^Zendesk reported an error \(500\)\. The change may or may not have been made/)).toBeTruthy();
    expect(isPrimary(FIRST_EMAIL)).toBe(true);
    expect(isPrimary(SECOND_EMAIL)).toBe(false);
    expect(notices(world)).toEqual([]);
  });

  it('marks an identity verified only once Zendesk answered', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'identities.verify', kind: 'latency', ms: 100 }]);
    await show(world);
    await openActions(SECOND_EMAIL);
    screen.getByRole('button', { name: `Verify ${SECOND_EMAIL}` }).click();
    await waitFor(() => expect(writes(world)).toHaveLength(1));
    expect(within(row(SECOND_EMAIL)).getByText('Not verified')).toBeTruthy();
    expect(await within(row(SECOND_EMAIL)).findByText('Verified')).toBeTruthy();
    expect(world.account.getIdentities(world.requesterId ?? 0).find((identity) => identity.value === SECOND_EMAIL)?.verified).toBe(true);
    expect(notices(world)).toEqual([['Identity updated', 'notice']]);
    expect(screen.getByText(`${SECOND_EMAIL} is verified.`)).toBeTruthy();
  });

  it('sends a verification email to an unverified email, and offers none for phones', async () => {
    const world = zendesk.world('ordinary');
    addIdentity(world.account, world.requesterId ?? 0, 'phone_number', '+15550100999', false);
    await show(world);
    const phone = await openActions('+15550100999');
    expect(within(phone).getByRole('button', { name: 'Verify +15550100999' })).toBeTruthy();
    expect(within(phone).queryByRole('button', { name: /Send verification email/ })).toBeNull();
    await openActions(SECOND_EMAIL);
    screen.getByRole('button', { name: `Send verification email to ${SECOND_EMAIL}` }).click();
    await waitFor(() => expect(world.account.verificationEmails.map((mail) => mail.to)).toEqual([SECOND_EMAIL]));
    await waitFor(() => expect(notices(world)).toEqual([['Verification email sent', 'notice']]));
    expect(within(row(SECOND_EMAIL)).getByText('Not verified')).toBeTruthy();
  });

  it('asks before removing, sends one DELETE for a double click, and drops the row only after success', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'identities.delete', kind: 'latency', ms: 100 }]);
    await show(world);
    const id = identityId(world, SECOND_EMAIL);
    await openActions(SECOND_EMAIL);
    screen.getByRole('button', { name: `Remove ${SECOND_EMAIL}` }).click();
    const dialog = await screen.findByRole('dialog', { name: /Remove .*dana\.w@fastmail\.example.*\?/ });
    expect(writes(world)).toEqual([]);
    const confirm = within(dialog).getByRole('button', { name: 'Remove' });
    confirm.click();
    confirm.click();
    await waitFor(() => expect(writes(world)).toHaveLength(1));
    expect(row(SECOND_EMAIL)).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(SECOND_EMAIL)).toBeNull());
    expect(writes(world)).toEqual([`DELETE /api/v2/users/${world.requesterId}/identities/${id}.json`]);
    expect(notices(world)).toEqual([['Identity removed', 'notice']]);
    expect(screen.getByText(`${SECOND_EMAIL} was removed.`)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('group', { name: 'Identities' })));
  });

  it('shows the identity Zendesk promoted after the primary one was removed', async () => {
    const world = zendesk.world('ordinary');
    await show(world);
    await openActions(FIRST_EMAIL);
    screen.getByRole('button', { name: `Remove ${FIRST_EMAIL}` }).click();
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Zendesk will make another one primary/)).toBeTruthy();
    within(dialog).getByRole('button', { name: 'Remove' }).click();
    await waitFor(() => expect(isPrimary(SECOND_EMAIL)).toBe(true));
    expect(screen.queryByText(FIRST_EMAIL)).toBeNull();
    expect(writes(world).map((request) => request.split(' ')[0])).toEqual(['DELETE', 'GET']);
  });

  it('keeps the identity and gives the focus back when the removal is cancelled', async () => {
    const world = zendesk.world('ordinary');
    await show(world);
    await openActions(SECOND_EMAIL);
    const remove = screen.getByRole('button', { name: `Remove ${SECOND_EMAIL}` });
    remove.focus();
    remove.click();
    const dialog = await screen.findByRole('dialog');
    within(dialog).getByRole('button', { name: 'Cancel' }).click();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(remove);
    expect(row(SECOND_EMAIL)).toBeTruthy();
    expect(writes(world)).toEqual([]);
  });

  it("closes an identity's actions on Escape and gives the focus back to their toggle", async () => {
    const world = zendesk.world('ordinary');
    await show(world);
    await openActions(SECOND_EMAIL);
    const toggle = screen.getByRole('button', { name: `Actions for ${SECOND_EMAIL}` });
    const makePrimary = screen.getByRole('button', { name: `Make primary: ${SECOND_EMAIL}` });
    makePrimary.focus();
    fireEvent.keyDown(makePrimary, { key: 'Escape' });
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('false'));
    expect(screen.queryByRole('button', { name: `Make primary: ${SECOND_EMAIL}` })).toBeNull();
    expect(document.activeElement).toBe(toggle);
    expect(writes(world)).toEqual([]);
  });

  it("shows Zendesk's refusal to remove the last identity and keeps the row", async () => {
    const world = zendesk.world('suspended');
    await show(world);
    const [only] = world.account.getIdentities(world.requesterId ?? 0);
    const value = only?.value ?? '';
    await openActions(value);
    screen.getByRole('button', { name: `Remove ${value}` }).click();
    within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove' }).click();
    const refusal = 'Zendesk refused the change: \u2068A user must keep at least one identity.\u2069';
    expect(await within(screen.getByRole('dialog')).findByText(refusal)).toBeTruthy();
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }).click();
    expect(await within(row(value)).findByText(refusal)).toBeTruthy();
    expect(world.account.getIdentities(world.requesterId ?? 0)).toHaveLength(1);
    expect(notices(world)).toEqual([]);
  });
});

describe('adding an identity', () => {
  function fill(type: 'email' | 'phone_number', value: string) {
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: type } });
    const input = screen.getByLabelText(type === 'email' ? 'Email address' : 'Phone number');
    fireEvent.input(input, { target: { value } });
    screen.getByRole('button', { name: 'Add' }).click();
    return input;
  }

  it('checks the email and phone format before sending anything', async () => {
    const world = zendesk.world('ordinary');
    await show(world);
    screen.getByRole('button', { name: 'Add identity' }).click();
    await screen.findByRole('form', { name: 'New identity' });
    const email = fill('email', 'a@b');
    expect(await screen.findByText(/This is not an email address/)).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(screen.getByText(/This is not an email address/).id);
    fill('phone_number', '555 014 2233');
    expect(await screen.findByText(/This is not a phone number in international format/)).toBeTruthy();
    expect(writes(world)).toEqual([]);

    fill('phone_number', '+44 20 7946 0958');
    const added = await screen.findByText('+442079460958');
    expect(added.closest('[data-type]')?.getAttribute('data-type')).toBe('phone_number');
    expect(writes(world)).toEqual([`POST /api/v2/users/${world.requesterId}/identities.json`]);
    expect(notices(world)).toEqual([['Identity added', 'notice']]);
    expect(screen.getByText('+442079460958 was added.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add identity' })));
  });

  it("explains Zendesk's refusal of a value another user already has", async () => {
    const world = zendesk.world('ordinary');
    const { container } = await show(world);
    const before = container.querySelectorAll('[data-identity-id]').length;
    screen.getByRole('button', { name: 'Add identity' }).click();
    await screen.findByRole('form', { name: 'New identity' });
    fill('email', 'zoe@lindqvist-design.example');
    const form = screen.getByRole('form', { name: 'New identity' });
    expect(await within(form).findByText(
      'Zendesk refused the change: \u2068Value: zoe@lindqvist-design.example is already being used by another user\u2069',
    )).toBeTruthy();
    expect(container.querySelectorAll('[data-identity-id]').length).toBe(before);
    expect(notices(world)).toEqual([]);
  });
});

describe('who may change identities', () => {
  async function expectReadOnly(world: World, reason: string) {
    await show(world);
    const section = screen.getByRole('region', { name: 'Identities' });
    expect(within(section).queryAllByRole('button', { name: /Actions for/ })).toEqual([]);
    expect(within(section).queryByRole('button', { name: 'Add identity' })).toBeNull();
    expect(within(section).getAllByText(reason)).toHaveLength(1);
  }

  it('shows a light agent the list read-only, the reason said once for the whole panel', async () => {
    await show(zendesk.world('ordinary', { role: 'light-agent' }));
    const reason = 'Light agents can view this panel but cannot change users.';
    expect(await screen.findAllByText(reason)).toHaveLength(1);
    const section = screen.getByRole('region', { name: 'Identities' });
    expect(within(section).queryByText(reason)).toBeNull();
    expect(within(section).queryAllByRole('button', { name: /Actions for/ })).toEqual([]);
    expect(within(section).queryByRole('button', { name: 'Add identity' })).toBeNull();
  });

  it('hides the actions when the settings turn identity editing off', async () => {
    const world = zendesk.world('ordinary', { role: 'admin', settings: { identity_editing_enabled: false } });
    await expectReadOnly(world, "Editing identities is turned off in this app's settings.");
  });

  it('tells an agent that only end users can be changed when the requester is an agent', async () => {
    const world = zendesk.world('agent-requester', { role: 'agent' });
    await expectReadOnly(world, 'Agents can only change end users. Ask an admin to change this user.');
  });

  it('lets an admin change an agent requester', async () => {
    const world = zendesk.world('agent-requester', { role: 'admin' });
    await show(world);
    expect(screen.getAllByRole('button', { name: /Actions for/ })).toHaveLength(1);
  });
});

describe('hostile identity values', () => {
  it('labels controls with the value as text and keeps it out of notifications', async () => {
    const world = zendesk.world('hostile-markup', { role: 'admin' });
    const { container } = await show(world);
    const value = 'x"><img src=x onerror=alert(3)>@example.com';
    await openActions(value);
    screen.getByRole('button', { name: `Verify ${value}` }).click();
    await waitFor(() => expect(notices(world)).toHaveLength(1));
    expect(notices(world)[0]?.[0]).toBe('Identity updated');
    expect(screen.getByText(`${value} is verified.`)).toBeTruthy();
    expect(container.querySelector('img, script, [onerror]')).toBeNull();
  });
});
