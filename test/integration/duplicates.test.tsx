// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import type { ScenarioName } from '../../dev/zendesk/index.ts';
import { App } from '../../src/App.tsx';
import type { WorldRole } from '../support/world.ts';
import type { HostContext } from '../../src/host/types.ts';
import { useZendesk } from '../support/world.ts';
import type { World } from '../support/world.ts';
import { readyRegion } from '../support/regions.ts';
import { quiet } from '../support/quiet.ts';

const zendesk = useZendesk();
afterEach(cleanup);

interface Options {
  role?: WorldRole;
  settings?: Record<string, boolean>;
  context?: Partial<HostContext>;
}

function show(scenario: ScenarioName, options: Options = {}): World {
  const world = zendesk.world(scenario, { role: options.role ?? 'agent', settings: options.settings ?? {}, context: options.context ?? {} });
  world.host.values.set('currentUser.name', 'Sam Okafor');
  render(<App host={world.host} api={world.api} agent={world.agent} />);
  return world;
}

const searches = (world: World) => world.host.requests.filter((request) => request.url.includes('/users/search'));
const queries = (world: World) => searches(world).map((request) => new URL(request.url, 'https://x.example').searchParams.get('query'));
const noteWrites = (world: World) => world.host.requests.filter((request) => request.type === 'PUT' && request.url.startsWith('/api/v2/tickets/'));
const merges = (world: World) => world.host.requests.filter((request) => request.url.includes('/merge'));

async function settled(): Promise<void> {
  const tickets = await screen.findByRole('region', { name: 'Tickets' });
  await waitFor(() => expect(tickets.getAttribute('aria-busy')).toBe('false'));
}

/** Clicks the section's button and waits until the searches it started have answered. */
async function ask(section: HTMLElement, name: string): Promise<void> {
  within(section).getByRole('button', { name }).click();
  await waitFor(() => expect(section.getAttribute('aria-busy')).toBe('true'));
  // The first ask loads the search chunk cold (its rules, libphonenumber): give it more than the default second.
  await waitFor(() => expect(section.getAttribute('aria-busy')).toBe('false'), { timeout: 5_000 });
}

async function findDuplicates(): Promise<HTMLElement> {
  const section = await readyRegion('Possible duplicates');
  await ask(section, 'Find possible duplicates');
  return section;
}

const listed = (section: HTMLElement) => [...section.querySelectorAll('li[data-user-id]')].map((item) => Number(item.getAttribute('data-user-id')));
/** Each reason as "why — how the values are one", as the agent reads them. */
const reasonsOf = (section: HTMLElement, id: number) =>
  [...section.querySelectorAll(`li[data-user-id="${id}"] [data-reason]`)]
    .map((reason) => [...reason.children].map((part) => part.textContent).join(' — '));

async function mergeFromDuplicates(world: World, name: string): Promise<void> {
  await settled();
  const section = await findDuplicates();
  within(section).getByRole('button', { name: `Compare and merge with ${name}` }).click();
  await screen.findByRole('heading', { name: 'Compare before merging' }, { timeout: 5000 });
  await waitFor(() => expect(screen.queryByText('Checking whether these users can be merged…')).toBeNull());
  // The duplicate is the one kept here: the requester is merged away.
  screen.getByRole('radio', { name: `Keep ${name}` }).click();
  screen.getByRole('button', { name: 'Merge…' }).click();
  const dialog = await screen.findByRole('dialog');
  within(dialog).getByRole('checkbox', { name: 'I understand this cannot be undone' }).click();
  const confirm = within(dialog).getByRole('button', { name: 'Merge and delete' }) as HTMLButtonElement;
  await waitFor(() => expect(confirm.disabled).toBe(false));
  expect(merges(world)).toHaveLength(0);
  confirm.click();
  await screen.findByText(/This is the user who remains/);
}

describe('possible duplicates', () => {
  it('lists the users who share an email, phone or name, strongest first, each with its reasons', async () => {
    show('duplicates');
    const section = await findDuplicates();
    expect(listed(section)).toEqual([people.zoeShop, people.zoeStudio]);
    expect(reasonsOf(section, people.zoeShop)).toEqual([
      "Email zoelindqvist+shop@gmail.com, like the requester's Zoe.Lindqvist@gmail.com — The same address, ignoring capitals, +tags, and dots in Gmail addresses.",
      "Phone (555) 014-2233, like the requester's +15550142233 — Both are +1 555 014 2233, once a number without a country code is read with +1.",
      'Same name, ignoring case and accents',
    ]);
    expect(reasonsOf(section, people.zoeStudio)).toEqual([
      "Phone +1.555.014.2233, like the requester's +15550142233 — Both are +1 555 014 2233.",
      'Same name, ignoring case and accents',
    ]);
    expect(within(section).getByRole('status').textContent).toBe('2 possible duplicates found.');
  });

  it('leaves out the look-alike that the searches also found', async () => {
    const world = show('duplicates');
    const section = await findDuplicates();
    // "email:zoe*" reaches zoey.lindholm@example.net, but no normalized email, phone or name is shared.
    const found = world.account.getUser(people.zoeyLookalike);
    expect(found?.email).toMatch(/^zoe/);
    expect(listed(section)).not.toContain(people.zoeyLookalike);
    expect(section.textContent).not.toContain('Zoey Lindholm');
  });

  it('searches only when asked, after the profile has loaded, with at most three searches', async () => {
    const world = zendesk.world('duplicates');
    world.account.setFaults([{ endpoint: 'users.show', kind: 'latency', ms: 300, apply: 'once' }]);
    render(<App host={world.host} api={world.api} agent={world.agent} />);
    await screen.findByRole('heading', { level: 1, name: 'Zoë Lindqvist' });
    // While the identities are on their way there is nothing to search with: the section says it is loading.
    const waiting = await screen.findByRole('region', { name: 'Possible duplicates' });
    expect(within(waiting).getByText('Loading…')).toBeTruthy();
    expect(within(waiting).queryByRole('button', { name: 'Find possible duplicates' })).toBeNull();
    await settled();
    const section = await waitFor(() => {
      const ready = screen.getByRole('region', { name: 'Possible duplicates' });
      within(ready).getByRole('button', { name: 'Find possible duplicates' });
      return ready;
    });
    expect(searches(world)).toHaveLength(0);
    expect(world.host.requests.map((request) => request.url.split('?')[0])).toEqual([
      `/api/v2/users/${people.zoe}.json`,
      `/api/v2/users/${people.zoe}/related.json`,
    ]);
    await ask(section, 'Find possible duplicates');
    expect(queries(world)).toEqual(['email:zoe*', 'phone:15550142233', 'name:lindqvist']);
  });

  it('searches again only when the agent asks again', async () => {
    const world = show('duplicates');
    const section = await findDuplicates();
    expect(searches(world)).toHaveLength(3);
    const again = within(section).getByRole('button', { name: 'Search again' });
    again.click();
    await waitFor(() => expect(section.getAttribute('aria-busy')).toBe('true'));
    // Busy, the button ignores clicks instead of starting more searches.
    again.click();
    await waitFor(() => expect(section.getAttribute('aria-busy')).toBe('false'));
    expect(searches(world)).toHaveLength(6);
    expect(listed(section)).toEqual([people.zoeShop, people.zoeStudio]);
  });

  it('sees through an internationalized domain, a national number with an extension, and umlauts', async () => {
    show('international-duplicates');
    const section = await findDuplicates();
    expect(listed(section)).toEqual([people.annaOrders]);
    expect(reasonsOf(section, people.annaOrders)).toEqual([
      "Email anna+orders@xn--bcher-kva.de, like the requester's anna@bücher.de — The same address, ignoring +tags and how the domain is spelled (Unicode or punycode).",
      "Phone 030 1234567 ext. 12, like the requester's +49301234567 — Both are +49 30 1234567, once a number without a country code is read with +49.",
      'Same name, ignoring case and accents',
    ]);
  });

  it('opens the merge preview beside the duplicate in one click, recommends who to keep, and merges nothing yet', async () => {
    const world = show('duplicates');
    const section = await findDuplicates();
    within(section).getByRole('button', { name: 'Compare and merge with ZOE LINDQVIST (zoe@lindqvist-design.example)' }).click();
    const heading = await screen.findByRole('heading', { name: 'Compare before merging' }, { timeout: 5000 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const merged = await screen.findByRole('region', { name: 'Merged and deleted' });
    await within(merged).findByText('ZOE LINDQVIST');
    expect(merged.getAttribute('data-user-id')).toBe(String(people.zoeStudio));
    expect(screen.getByText(/^Recommended: keep/).textContent).toBe('Recommended: keep Zoë Lindqvist (Zoe.Lindqvist@gmail.com) — more tickets.');
    await waitFor(() => expect((screen.getByRole('button', { name: 'Merge…' }) as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(merges(world)).toHaveLength(0);
  });

  it('switches the preview to another duplicate', async () => {
    show('duplicates');
    const section = await findDuplicates();
    within(section).getByRole('button', { name: 'Compare and merge with ZOE LINDQVIST (zoe@lindqvist-design.example)' }).click();
    await within(await screen.findByRole('region', { name: 'Merged and deleted' })).findByText('ZOE LINDQVIST');
    within(section).getByRole('button', { name: 'Compare and merge with Zoe Lindqvist (zoelindqvist+shop@gmail.com)' }).click();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Merged and deleted' }).textContent).toContain('zoelindqvist+shop@gmail.com'));
  });

  it('gives a light agent the list without a way to merge, and says why', async () => {
    show('duplicates', { role: 'light-agent' });
    const section = await findDuplicates();
    expect(listed(section)).toEqual([people.zoeShop, people.zoeStudio]);
    expect(within(section).queryAllByRole('button', { name: /Compare and merge/ })).toHaveLength(0);
    // The reason is the panel's, said once, not repeated here.
    expect(within(section).queryByText(/Merging is not available/)).toBeNull();
    expect(screen.getAllByText('Light agents can view this panel but cannot change users.')).toHaveLength(1);
  });

  it('keeps the list when merging is switched off, and says so', async () => {
    show('duplicates', { settings: { merge_enabled: false } });
    const section = await findDuplicates();
    expect(listed(section)).toHaveLength(2);
    expect(within(section).getByText(/^Merging is not available/).textContent).toContain('Merging users is turned off');
  });

  it('says when the searches failed, and shows what the others found', async () => {
    const world = show('duplicates');
    world.account.setFaults([{ endpoint: 'users.search', kind: 'status', status: 500, apply: 'once' }]);
    const section = await findDuplicates();
    expect(within(section).getByRole('alert').textContent).toBe(
      'Some searches failed, so this list may be incomplete. Zendesk had a problem answering (500). Try again.',
    );
    expect(listed(section)).toEqual([people.zoeShop, people.zoeStudio]);

    world.account.setFaults([{ endpoint: 'users.search', kind: 'status', status: 500 }]);
    await ask(section, 'Search again');
    expect(within(section).getByRole('alert').textContent).toBe('Zendesk had a problem answering (500). Try again.');
    expect(listed(section)).toEqual([]);
  });

  it('shows names and values from the account as text', async () => {
    const world = show('duplicates');
    const shop = world.account.users.get(people.zoeShop);
    if (!shop) throw new Error('the duplicates scenario needs Zoe Lindqvist');
    shop.name = '<img src=x onerror=alert(1)>zoe lindqvist';
    const section = await findDuplicates();
    expect(section.textContent).toContain('<img src=x onerror=alert(1)>zoe lindqvist');
    expect(section.querySelector('img, [onerror], script')).toBeNull();
  });
});

describe('merge receipts', () => {
  it('adds a private note to the ticket recording who merged whom, when, and the identities', async () => {
    const world = show('duplicates');
    const before = Date.now();
    await mergeFromDuplicates(world, 'Zoe Lindqvist (zoelindqvist+shop@gmail.com)');
    await screen.findByText('A private note recording this merge was added to the ticket.');
    const [write] = noteWrites(world);
    expect(noteWrites(world)).toHaveLength(1);
    expect(write?.url).toBe('/api/v2/tickets/502.json');
    const sent = JSON.parse(write?.data ?? 'null') as { ticket: { comment: { body: string; public: boolean } } };
    expect(sent.ticket.comment.public).toBe(false);
    const [note] = world.account.getComments(502);
    expect(note?.public).toBe(false);
    expect(note?.body).toBe(sent.ticket.comment.body);
    const lines = note?.body.split('\n') ?? [];
    expect(lines[0]).toBe('Merge receipt (Requester Toolkit)');
    expect(lines[1]).toBe('Merged by: Sam Okafor (agent 1002)');
    const iso = /\((\d{4}-\d\d-\d\dT[\d:.]+Z)\)$/.exec(lines[2] ?? '')?.[1] ?? '';
    expect(Date.parse(iso)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(iso)).toBeLessThanOrEqual(Date.now());
    expect(lines[2]).toMatch(/^When: \w+ \d+, \d{4} at .* UTC \(/);
    expect(lines.slice(3)).toEqual([
      `Merged and deleted: Zoë Lindqvist (user ${people.zoe})`,
      `Kept: Zoe Lindqvist (user ${people.zoeShop})`,
      'Moved to the kept user:',
      '- 6 requested tickets',
      '- Email: Zoe.Lindqvist@gmail.com',
      'Phone numbers, which Zendesk says now carry over (check the kept profile):',
      '- Phone: +15550142233',
      'Lost with the deleted user:',
      '- Organization membership: Lindqvist Design Studio',
    ]);
  });

  it('reports the merge done and the note missing when the note fails, and writes it again only when asked', async () => {
    const world = show('duplicates');
    world.account.setFaults([{ endpoint: 'tickets.update', kind: 'status', status: 500 }]);
    await mergeFromDuplicates(world, 'ZOE LINDQVIST (zoe@lindqvist-design.example)');
    // The names are isolated in elements of their own: the sentence is read whole.
    expect(document.querySelector('.outcome .notice--success')?.textContent).toBe('Zoë Lindqvist (Zoe.Lindqvist@gmail.com) was merged into ZOE LINDQVIST (zoe@lindqvist-design.example). This is the user who remains.');
    expect(world.account.getUser(people.zoe)).toBeNull();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'The merge is done, but the private note recording it is missing from the ticket. Zendesk reported an error (500). The change may or may not have been made: check before trying again.',
    );
    await quiet(world.host);
    expect(noteWrites(world)).toHaveLength(1);
    expect(world.account.getComments(502)).toEqual([]);

    world.account.setFaults([]);
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    retry.click();
    retry.click();
    await screen.findByText('A private note recording this merge was added to the ticket.');
    expect(noteWrites(world)).toHaveLength(2);
    expect(world.account.getComments(502)).toHaveLength(1);
    expect(screen.getByText(/This is the user who remains/)).toBeTruthy();
  });

  it('writes no note when merge receipts are turned off', async () => {
    const world = show('duplicates', { settings: { merge_receipt: false } });
    await mergeFromDuplicates(world, 'ZOE LINDQVIST (zoe@lindqvist-design.example)');
    await quiet(world.host);
    expect(noteWrites(world)).toHaveLength(0);
    expect(world.account.getComments(502)).toEqual([]);
    expect(screen.queryByText(/private note/)).toBeNull();
  });

  it('says there is no note where there is no ticket', async () => {
    const world = show('duplicates', { context: { location: 'user_sidebar', ticketId: null } });
    world.host.values.set('ticket.requester', undefined);
    await mergeFromDuplicates(world, 'ZOE LINDQVIST (zoe@lindqvist-design.example)');
    expect(await screen.findByText('No note recording this merge was added: there is no saved ticket here to add it to.')).toBeTruthy();
    expect(noteWrites(world)).toHaveLength(0);
  });
});

describe('possible duplicates from what the requester wrote', () => {
  it("finds the account behind a messaging visitor from the visitor's words, never the agent's", async () => {
    const world = show('messaging-visitor');
    const asked: string[] = [];
    const answer = world.host.getImpl;
    world.host.getImpl = (path) => {
      asked.push(path);
      return answer(path);
    };
    const section = await readyRegion('Possible duplicates');
    await settled();
    // Nothing of the conversation is read before the agent asks.
    expect(asked.filter((path) => path.startsWith('ticket.co'))).toEqual([]);
    expect(section.textContent).toContain('This requester has no email or phone, so the search starts from the addresses and numbers they wrote in this conversation.');
    expect(searches(world)).toHaveLength(0);
    await ask(section, 'Find possible duplicates');
    expect(asked.filter((path) => path.startsWith('ticket.co'))).toEqual(['ticket.conversation', 'ticket.comments']);
    expect(queries(world)).toEqual(['email:ines.moreau*', 'phone:442079460018', 'name:user']);
    expect(listed(section)).toEqual([people.ines]);
    expect(reasonsOf(section, people.ines)).toEqual([
      'Email ines.moreau@example.com; the requester wrote Ines.Moreau+orders@example.com in this conversation — The same address, ignoring capitals and +tags.',
      'Phone +442079460018; the requester wrote +44 20 7946 0018 in this conversation — Both are +44 20 7946 0018.',
    ]);
    expect(section.textContent).not.toContain('oldshop');
  });

  it('says when the conversation could not be read, and still searches by the name', async () => {
    const world = show('messaging-visitor');
    world.host.getImpl = (path) => (path.startsWith('ticket.co') ? Promise.reject(new Error('refused')) : Promise.resolve(world.host.values.get(path)));
    const section = await readyRegion('Possible duplicates');
    await ask(section, 'Find possible duplicates');
    expect(queries(world)).toEqual(['name:user']);
    expect(within(section).getByRole('alert').textContent).toContain('The conversation could not be read');
  });
});
