// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import type { ScenarioName } from '../../dev/zendesk/index.ts';
import { App } from '../../src/App.tsx';
import type { WorldRole } from '../support/world.ts';
import { hostUser, useZendesk } from '../support/world.ts';
import type { World } from '../support/world.ts';
import { readyRegion } from '../support/regions.ts';
import { quiet } from '../support/quiet.ts';

const zendesk = useZendesk();
afterEach(cleanup);


function show(scenario: ScenarioName, role: WorldRole = 'agent'): World {
  const world = zendesk.world(scenario, { role });
  render(<App host={world.host} api={world.api} agent={world.agent} />);
  return world;
}

async function openFlow(): Promise<HTMLInputElement> {
  // The panel's own reads settle first, so faults set afterwards reach only the flow.
  const tickets = await screen.findByRole('region', { name: 'Tickets' });
  await waitFor(() => expect(tickets.getAttribute('aria-busy')).toBe('false'));
  (await screen.findByRole('button', { name: 'Merge into another user…' })).click();
  return (await screen.findByRole('combobox', { name: 'User to merge into' }, { timeout: 5000 })) as HTMLInputElement;
}

function type(input: HTMLElement, value: string): void {
  fireEvent.input(input, { target: { value } });
}

function key(input: HTMLElement, name: string): void {
  fireEvent.keyDown(input, { key: name });
}

/** The options once the debounced search has answered. */
async function options(count?: number): Promise<HTMLElement[]> {
  if (count === 0) {
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No other user matches this search.'));
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    return [];
  }
  return waitFor(() => {
    const found = screen.getAllByRole('option');
    if (count !== undefined) expect(found).toHaveLength(count);
    return found;
  });
}

const optionIds = (found: HTMLElement[]) => found.map((option) => Number(option.dataset['userId']));

function searches(world: World) {
  return world.host.requests.filter((request) => request.url.includes('/users/search'));
}

function queryOf(url: string): string | null {
  return new URL(url, 'https://example.zendesk.com').searchParams.get('query');
}

function merges(world: World) {
  return world.host.requests.filter((request) => request.url.includes('/merge'));
}

/** Chooses who survives: the ticket's requester, or the other user. */
function keep(side: 'requester' | 'other'): void {
  const radio = document.querySelector<HTMLInputElement>(`[data-side="${side}"] input[type="radio"]`);
  if (!radio) throw new Error('no survivor choice');
  radio.click();
}

/** Searches, picks the user, chooses who is kept (the other user unless told) and waits until the comparison has decided. */
async function compareWith(input: HTMLElement, term: string, userId: number, kept: 'requester' | 'other' | null = 'other'): Promise<void> {
  type(input, term);
  const option = (await options()).find((candidate) => Number(candidate.dataset['userId']) === userId);
  if (!option) throw new Error(`no option for user ${userId}`);
  option.click();
  await screen.findByRole('heading', { name: 'Compare before merging' }, { timeout: 5000 });
  await waitFor(() => expect(screen.queryByText('Checking whether these users can be merged…')).toBeNull());
  if (kept !== null) keep(kept);
}

function mergeButton(): HTMLButtonElement {
  return screen.getByRole('button', { name: 'Merge…' }) as HTMLButtonElement;
}

async function confirmDialog(): Promise<HTMLElement> {
  const button = mergeButton();
  button.focus();
  button.click();
  return screen.findByRole('dialog', { name: /^Merge .* into .*\?$/ });
}

/** Ticks the acknowledgement and returns the confirm button, once it works. */
async function acknowledge(dialog: HTMLElement): Promise<HTMLButtonElement> {
  within(dialog).getByRole('checkbox', { name: 'I understand this cannot be undone' }).click();
  const confirm = within(dialog).getByRole('button', { name: 'Merge and delete' }) as HTMLButtonElement;
  await waitFor(() => expect(confirm.disabled).toBe(false));
  return confirm;
}

function notifications(world: World) {
  return world.host.invocations.filter((invocation) => invocation.name === 'notify');
}

function expectNoSuccess(world: World, requesterId: number): void {
  expect(screen.queryByText(/was merged into/)).toBeNull();
  expect(notifications(world)).toHaveLength(0);
  expect(world.account.getUser(requesterId)).not.toBeNull();
}

describe('merge: finding the user to merge into', () => {
  it('searches by email and leaves the requester out', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    type(input, 'zoe@lindqvist-design.example');
    expect(optionIds(await options(1))).toEqual([people.zoeStudio]);
    expect(queryOf(searches(world)[0]?.url ?? '')).toBe('email:zoe@lindqvist-design.example');

    type(input, 'Zoe.Lindqvist@gmail.com');
    await options(0);
    expect(queryOf(searches(world)[1]?.url ?? '')).toBe('email:Zoe.Lindqvist@gmail.com');
  });

  it('searches by phone in whatever format it is typed', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    type(input, '+1 (555) 014-2233');
    expect(optionIds(await options(2))).toEqual([people.zoeShop, people.zoeStudio]);
    expect(queryOf(searches(world)[0]?.url ?? '')).toBe('phone:15550142233');
  });

  it('searches by name', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    type(input, 'Lindqvist');
    const found = await options(2);
    expect(optionIds(found)).toEqual([people.zoeShop, people.zoeStudio]);
    expect(found[0]?.textContent).toContain('zoelindqvist+shop@gmail.com');
    expect(queryOf(searches(world)[0]?.url ?? '')).toBe('Lindqvist');
    expect(screen.getByRole('status').textContent).toBe('2 users found. Use the up and down arrow keys to choose.');
  });

  it('sends one search for a word typed quickly, not one per key', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    for (const prefix of ['L', 'Li', 'Lin', 'Lind', 'Lindq', 'Lindqv', 'Lindqvi', 'Lindqvis', 'Lindqvist']) {
      type(input, prefix);
      // Each key in a task of its own, as a browser delivers them.
      await quiet(world.host);
    }
    expect(searches(world)).toHaveLength(0);
    await options(2);
    expect(searches(world)).toHaveLength(1);
    expect(queryOf(searches(world)[0]?.url ?? '')).toBe('Lindqvist');
  });

  it('drops the answer to an earlier search that arrives after a later one', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    world.account.setFaults([{ endpoint: 'users.search', kind: 'latency', ms: 600, apply: 'once' }]);
    type(input, 'Lindqvist');
    await waitFor(() => expect(searches(world)).toHaveLength(1));
    type(input, 'Dana');
    expect(optionIds(await options(1))).toEqual([people.ordinary]);
    await quiet(world.host);
    expect(optionIds(screen.getAllByRole('option'))).toEqual([people.ordinary]);
    expect(searches(world)).toHaveLength(2);
  });

  it('is a combobox the keyboard can drive', async () => {
    show('duplicates');
    const input = await openFlow();
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(input.getAttribute('aria-expanded')).toBe('false');
    type(input, 'Lindqvist');
    const [first, second] = await options(2);
    const listbox = screen.getByRole('listbox', { name: 'Matching users' });
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);

    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(first?.id);
    expect(first?.getAttribute('aria-selected')).toBe('true');
    expect(second?.getAttribute('aria-selected')).toBe('false');
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(second?.id);
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(first?.id);
    key(input, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(second?.id);

    key(input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(input.value).toBe('Lindqvist');
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(first?.id);
    key(input, 'ArrowDown');

    key(input, 'Enter');
    const heading = await screen.findByRole('heading', { name: 'Compare before merging' }, { timeout: 5000 });
    expect(document.activeElement).toBe(heading);
    // More tickets: the requester is recommended as the user to keep.
    const merged = await screen.findByRole('region', { name: 'Merged and deleted' });
    await within(merged).findByText('ZOE LINDQVIST');
  });

  it('clears the search with Escape once the list is closed', async () => {
    show('duplicates');
    const input = await openFlow();
    type(input, 'Lindqvist');
    await options(2);
    key(input, 'Escape');
    key(input, 'Escape');
    expect(input.value).toBe('');
  });

  it('shows hostile names in the results as text', async () => {
    show('ordinary');
    const input = await openFlow();
    type(input, 'Mallory');
    const [option] = await options(1);
    expect(option?.textContent).toContain('<img src=x onerror=alert(1)>Mallory');
    expect(document.querySelector('img[onerror], [onerror], script')).toBeNull();
  });
});

describe('merge: comparing and checking', () => {
  it('shows both users side by side with their identities and counts', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio);

    const columns = [
      { region: screen.getByRole('region', { name: 'Merged and deleted' }), id: people.zoe },
      { region: screen.getByRole('region', { name: 'Kept' }), id: people.zoeStudio },
    ];
    for (const { region, id } of columns) {
      expect(region.textContent).toContain(world.account.getUser(id)?.name);
      for (const identity of world.account.getIdentities(id)) expect(region.textContent).toContain(identity.value);
      const requested = region.querySelector('[data-count="requested"] dd')?.textContent;
      expect(requested).toBe(String(world.account.getRelated(id)?.requested_tickets));
    }
    // Every identity in both columns; the one both users have is marked in words.
    const marked = [...document.querySelectorAll('.merge-column [data-match]')].map((item) => item.textContent);
    expect(marked).toEqual(['Phone+15550142233Same as the other user', 'Phone (profile field)+1.555.014.2233Same as the other user']);
    // Only the user merged away shows losses; the kept user's column lists none of them.
    const lost = (region: HTMLElement) => [...region.querySelectorAll('[data-lost]')].map((item) => item.textContent);
    const title = (region: HTMLElement) => region.querySelector('.merge-column__losses-title')?.textContent;
    expect(lost(columns[0]!.region)).toEqual(['Organization membership: Lindqvist Design Studio']);
    expect(title(columns[0]!.region)).toBe('If this user is merged away');
    expect(lost(columns[1]!.region)).toEqual([]);
    expect(title(columns[1]!.region)).toBeUndefined();
    expect(screen.getByText(/^Recommended: keep/).textContent).toBe('Recommended: keep Zoë Lindqvist (Zoe.Lindqvist@gmail.com) — more tickets.');
    const paths = world.host.requests.map((request) => request.url.split('?')[0]);
    expect(paths).toContain(`/api/v2/users/${people.zoeStudio}.json`);
    expect(paths).toContain(`/api/v2/users/${people.zoeStudio}/related.json`);

    expect(mergeButton().disabled).toBe(false);
    expect(document.querySelector('.merge-review')?.textContent).toContain(
      'Zoë Lindqvist (Zoe.Lindqvist@gmail.com) will be merged into ZOE LINDQVIST (zoe@lindqvist-design.example) and deleted.',
    );
  });

  it('shows losses only under the user merged away, and the other user\'s once the agent swaps', async () => {
    show('duplicates');
    const input = await openFlow();
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio);
    const lost = (name: string) => [...screen.getByRole('region', { name }).querySelectorAll('[data-lost]')].map((item) => item.textContent);
    expect(lost('Merged and deleted')).toEqual(['Organization membership: Lindqvist Design Studio']);
    expect(lost('Kept')).toEqual([]);

    keep('requester');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Merged and deleted' }).dataset['userId']).toBe(String(people.zoeStudio)));
    expect(lost('Merged and deleted')).toEqual(['X (Twitter): zoe_lindqvist']);
    expect(lost('Kept')).toEqual([]);
    expect(screen.getByRole('region', { name: 'Kept' }).textContent).not.toContain('Organization membership');
  });

  it('refuses to merge away a requester on more than 10,000 tickets, and says why', async () => {
    show('many-tickets');
    const input = await openFlow();
    await compareWith(input, 'Dana', people.ordinary);
    expect(mergeButton().disabled).toBe(true);
    expect(document.getElementById(mergeButton().getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Pager Relay is the requester on 12,480 tickets. Users who requested more than 10,000 tickets cannot be merged.',
    );
  });

  it('recommends the only direction Zendesk allows, and warns instead of blocking', async () => {
    show('many-tickets');
    const input = await openFlow();
    await compareWith(input, 'Dana', people.ordinary, null);
    expect(screen.getByText(/^Recommended: keep/).textContent).toBe('Recommended: keep Pager Relay — the only direction Zendesk allows.');
    expect((screen.getByRole('radio', { name: 'Keep Pager Relay' }) as HTMLInputElement).checked).toBe(true);
    expect(mergeButton().disabled).toBe(false);
    expect(screen.getByRole('region', { name: 'Merged and deleted' }).textContent).toContain('Dana Whitfield');
    expect(document.querySelector('[data-warning="kept-too-many-tickets"]')?.textContent).toContain('more than 10,000 tickets');
  });

  it('refuses an agent as the user to keep', async () => {
    show('duplicates');
    const input = await openFlow();
    type(input, 'Priya');
    const [option] = await options(1);
    expect(option?.textContent).toContain('Agent');
    option?.click();
    await waitFor(() => expect(screen.getByText(/not an end user/).textContent).toBe(
      'Priya Natarajan is not an end user. Only end users can be merged.',
    ));
    expect(mergeButton().disabled).toBe(true);
  });

  it('offers no merge of a requester shared from another account, and says why', async () => {
    show('shared-user');
    await readyRegion('Access', 5_000);
    expect(await screen.findAllByText('This user is shared from another Zendesk account, so they can only be changed there.')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Merge into another user…' })).toBeNull();
  });

  it('refuses a user to keep created by a sharing agreement', async () => {
    show('duplicates');
    const input = await openFlow();
    await compareWith(input, 'Jordan', people.shared);
    expect(mergeButton().disabled).toBe(true);
    expect(screen.getByText(/sharing agreement/).textContent).toContain('Jordan Blake was created by a ticket-sharing agreement');
  });

  it('refuses while the counts are unknown, and reads them again on retry', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    world.account.setFaults([{ endpoint: 'users.related', kind: 'status', status: 500 }]);
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio);
    expect(mergeButton().disabled).toBe(true);
    expect(screen.getByText(/could not be read/).textContent).toBe(
      "The ticket counts could not be read, so Zendesk's limit of 10,000 requested tickets cannot be checked.",
    );
    expect(screen.getByRole('region', { name: 'Kept' }).textContent).toContain('Zendesk had a problem answering (500). Try again.');

    world.account.setFaults([]);
    within(screen.getByRole('region', { name: 'Merge' })).getByRole('button', { name: 'Try again' }).click();
    await waitFor(() => expect(mergeButton().disabled).toBe(false));
    expect(screen.getByRole('region', { name: 'Kept' }).querySelector('[data-count="requested"] dd')?.textContent).toBe('1');
  });

  it("reads the requester's counts itself when the panel could not", async () => {
    const world = zendesk.world('duplicates');
    world.account.setFaults([{ endpoint: 'users.related', kind: 'status', status: 500, apply: 'once' }]);
    render(<App host={world.host} api={world.api} agent={world.agent} />);
    const input = await openFlow();
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio);
    expect(mergeButton().disabled).toBe(true);
    const merge = screen.getByRole('region', { name: 'Merge' });
    expect(within(merge).getByText(/could not be read/)).toBeTruthy();

    within(merge).getByRole('button', { name: 'Try again' }).click();
    await waitFor(() => expect(mergeButton().disabled).toBe(false));
    const source = screen.getByRole('region', { name: 'Merged and deleted' });
    expect(source.querySelector('[data-count="requested"] dd')?.textContent).toBe('6');
    const reads = world.host.requests.filter((request) => request.url.startsWith(`/api/v2/users/${people.zoe}/related`));
    expect(reads).toHaveLength(2);
  });

  it('says why a light agent cannot merge instead of offering the button', async () => {
    show('duplicates', 'light-agent');
    const region = await screen.findByRole('region', { name: 'Merge' });
    // Said once, for the whole panel, not again in the merge section.
    expect(await screen.findAllByText('Light agents can view this panel but cannot change users.')).toHaveLength(1);
    expect(within(region).queryByText(/Light agents/)).toBeNull();
    expect(within(region).queryByRole('button', { name: 'Merge into another user…' })).toBeNull();
  });

  it('returns focus to the merge button when the flow is closed', async () => {
    show('duplicates');
    await openFlow();
    screen.getByRole('button', { name: 'Cancel' }).click();
    const opener = await screen.findByRole('button', { name: 'Merge into another user…' });
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });
});

describe('merge: confirming and merging', () => {
  it('states the direction and asks for an acknowledgement before the button works', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio);
    const dialog = await confirmDialog();
    // Both users are named once, in the title; the body lists what moves and what is lost.
    expect(within(dialog).getByRole('heading').textContent).toBe(
      'Merge Zoë Lindqvist (Zoe.Lindqvist@gmail.com) into ZOE LINDQVIST (zoe@lindqvist-design.example)?',
    );
    expect(dialog.textContent?.split('Zoë Lindqvist')).toHaveLength(2);
    expect(dialog.textContent?.split('ZOE LINDQVIST')).toHaveLength(2);
    const items = [...dialog.querySelectorAll('li')].map((item) => item.textContent);
    expect(items).toEqual(['6 requested tickets', 'Email: Zoe.Lindqvist@gmail.com', '+15550142233', 'Organization membership: Lindqvist Design Studio']);
    expect(dialog.textContent).toContain('Lost:');
    expect(dialog.textContent).toContain('The merged user is then deleted. A merge cannot be undone.');
    const confirm = within(dialog).getByRole('button', { name: 'Merge and delete' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    confirm.click();
    expect(merges(world)).toHaveLength(0);

    expect((await acknowledge(dialog)).disabled).toBe(false);
    within(dialog).getByRole('button', { name: 'Cancel' }).click();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(mergeButton());
    expect(merges(world)).toHaveLength(0);
  });

  it('sends exactly one merge however fast the final button is clicked', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio);
    const confirm = await acknowledge(await confirmDialog());
    confirm.click();
    confirm.click();
    fireEvent.click(confirm);
    await screen.findByText(/This is the user who remains/);
    expect(merges(world)).toHaveLength(1);
    expect(merges(world)[0]).toMatchObject({ type: 'PUT', url: `/api/v2/users/${people.zoe}/merge.json` });
    expect(JSON.parse(merges(world)[0]?.data ?? 'null')).toEqual({ user: { id: people.zoeStudio } });
  });

  it('keeps the requester when the agent chooses so, merging the other user into them', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio, 'requester');
    const dialog = await confirmDialog();
    expect(within(dialog).getByRole('heading').textContent).toBe(
      'Merge ZOE LINDQVIST (zoe@lindqvist-design.example) into Zoë Lindqvist (Zoe.Lindqvist@gmail.com)?',
    );
    expect([...dialog.querySelectorAll('[data-lost]')].map((item) => item.textContent)).toEqual(['X (Twitter): zoe_lindqvist']);
    (await acknowledge(dialog)).click();
    await waitFor(() => expect(document.querySelector('.outcome .notice--success')?.textContent).toBe('ZOE LINDQVIST (zoe@lindqvist-design.example) was merged into Zoë Lindqvist (Zoe.Lindqvist@gmail.com). This is the user who remains.'));
    expect(merges(world)).toHaveLength(1);
    expect(merges(world)[0]).toMatchObject({ type: 'PUT', url: `/api/v2/users/${people.zoeStudio}/merge.json` });
    expect(JSON.parse(merges(world)[0]?.data ?? 'null')).toEqual({ user: { id: people.zoe } });
    expect(world.account.getUser(people.zoeStudio)).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Zoë Lindqvist');
    // The requester's panel is read again and lists the email that moved to them.
    await screen.findByText('zoe@lindqvist-design.example');
  });

  it('shows the surviving user once the merge is done, and tells the host', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio);
    (await acknowledge(await confirmDialog())).click();

    expect(await screen.findByRole('heading', { level: 1, name: 'ZOE LINDQVIST' })).toBeTruthy();
    // The names are isolated in elements of their own: the sentence is read whole.
    expect(document.querySelector('.outcome .notice--success')?.textContent).toBe('Zoë Lindqvist (Zoe.Lindqvist@gmail.com) was merged into ZOE LINDQVIST (zoe@lindqvist-design.example). This is the user who remains.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(world.account.getUser(people.zoe)).toBeNull();
    expect(notifications(world)).toEqual([
      {
        name: 'notify',
        args: ['Users merged', 'notice'],
      },
    ]);
    // The survivor's panel lists the identities that moved to it.
    await screen.findByText('Zoe.Lindqvist@gmail.com');
  });

  it('follows the ticket to the survivor and never shows the merged-away requester as live again', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio);
    (await acknowledge(await confirmDialog())).click();
    await screen.findByRole('heading', { level: 1, name: 'ZOE LINDQVIST' });
    // A host that still names the deleted requester is not believed.
    world.host.emit('ticket.requester.id.changed', people.zoe);
    await quiet(world.host);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ZOE LINDQVIST');
    // Zendesk moved the ticket to the survivor: the view stays.
    world.host.values.set('ticket.requester', hostUser(world.account, people.zoeStudio));
    world.host.emit('ticket.requester.id.changed', people.zoeStudio);
    await quiet(world.host);
    expect(document.querySelector('.outcome .notice--success')?.textContent).toBe('Zoë Lindqvist (Zoe.Lindqvist@gmail.com) was merged into ZOE LINDQVIST (zoe@lindqvist-design.example). This is the user who remains.');
    // Any other requester ends it.
    world.host.values.set('ticket.requester', hostUser(world.account, people.ordinary));
    world.host.emit('ticket.requester.id.changed', people.ordinary);
    await screen.findByRole('heading', { level: 1, name: 'Dana Whitfield' });
    expect(screen.queryByText(/This is the user who remains/)).toBeNull();
  });

  it("shows Zendesk's refusal in plain words and keeps the dialog", async () => {
    const world = show('duplicates');
    const input = await openFlow();
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio);
    world.account.setFaults([
      {
        endpoint: 'users.merge',
        kind: 'status',
        status: 422,
        body: {
          error: 'RecordInvalid',
          description: 'Record validation errors',
          details: { base: [{ description: 'Zoë Lindqvist has a pending data export and cannot be merged yet.', error: 'InvalidValue' }] },
        },
      },
    ]);
    const dialog = await confirmDialog();
    (await acknowledge(dialog)).click();
    expect(await within(dialog).findByRole('alert')).toHaveProperty(
      'textContent',
      'Zendesk refused the change: \u2068Zoë Lindqvist has a pending data export and cannot be merged yet.\u2069',
    );
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(merges(world)).toHaveLength(1);
    expectNoSuccess(world, people.zoe);

    within(dialog).getByRole('button', { name: 'Cancel' }).click();
    expect((await screen.findByRole('alert')).textContent).toContain('Zendesk refused the change');
    expect(screen.getByRole('region', { name: 'Kept' })).toBeTruthy();
  });

  it('says when Zendesk does not allow this agent to merge', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio);
    world.account.setFaults([{ endpoint: 'users.merge', kind: 'status', status: 403 }]);
    const dialog = await confirmDialog();
    (await acknowledge(dialog)).click();
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Zendesk refused the change: \u2068You do not have access to this page.\u2069');
    expectNoSuccess(world, people.zoe);
  });

  it('says the user to keep no longer exists when it was deleted meanwhile, and lets the agent search again', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio);
    world.account.deleteUser(people.zoeStudio);
    (await acknowledge(await confirmDialog())).click();

    const notice = await screen.findByText(/no longer exists in Zendesk/);
    expect(notice.textContent).toBe(
      'ZOE LINDQVIST no longer exists in Zendesk: they may have been deleted or merged meanwhile. Nothing was merged. Search again for the user to merge into.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    const search = screen.getByRole('combobox', { name: 'User to merge into' });
    await waitFor(() => expect(document.activeElement).toBe(search));
    expectNoSuccess(world, people.zoe);
  });

  it('says one of the users could not be found on a 404 when both still seem to exist', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio);
    world.account.setFaults([{ endpoint: 'users.merge', kind: 'status', status: 404 }]);
    (await acknowledge(await confirmDialog())).click();
    expect(await screen.findByText(/could not find one of these users/)).toBeTruthy();
    expectNoSuccess(world, people.zoe);
  });

  it('does not say the merge failed when Zendesk answered it with a 5xx', async () => {
    const world = show('duplicates');
    const input = await openFlow();
    await compareWith(input, 'zoe@lindqvist-design.example', people.zoeStudio);
    world.account.setFaults([{ endpoint: 'users.merge', kind: 'status', status: 504, committed: true }]);
    const dialog = await confirmDialog();
    (await acknowledge(dialog)).click();
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/^Zendesk reported an error \(504\)\. The change may or may not have been made/);
    expect(screen.queryByText(/was merged into/)).toBeNull();
    expect(notifications(world)).toHaveLength(0);
  });
});
