// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import { App } from '../../src/App.tsx';
import { hostUser, useZendesk } from '../support/world.ts';
import type { World } from '../support/world.ts';
import { readyRegion } from '../support/regions.ts';
import { quiet } from '../support/quiet.ts';

const zendesk = useZendesk();
afterEach(cleanup);
// A busy machine (lazy chunks, several test files at once) may take longer than the default second.
configure({ asyncUtilTimeout: 5_000 });

const show = (world: World) => render(<App host={world.host} api={world.api} agent={world.agent} />);
const paths = (world: World) => world.host.requests.map((request) => request.url.split('?')[0] ?? '');
const identityPages = (world: World) => world.host.requests.filter((request) => /\/identities\.json\?/.test(request.url));

async function section(name: string): Promise<HTMLElement> {
  return readyRegion(name, 5_000);
}

describe('a cut identities sideload', () => {
  it('reads the rest page by page after the first two reads, then shows the full count', async () => {
    const world = zendesk.world('many-identities');
    world.account.setFaults([{ endpoint: 'identities.list', kind: 'latency', ms: 150 }]);
    show(world);
    const identities = await section('Identities');
    // The sideload holds 100: the count waits and the list says the rest is coming.
    expect(await within(identities).findByText('Loading the rest of the identities…', {}, { timeout: 5_000 })).toBeTruthy();
    expect(within(identities).getByText('Counting…')).toBeTruthy();
    expect(within(identities).queryByText(/^\d+ identities$/)).toBeNull();
    await within(identities).findByText('250 identities', {}, { timeout: 3_000 });
    expect(within(identities).queryByText('Loading the rest of the identities…')).toBeNull();
    // The first two reads come first; the pages only after them, 100 at a time.
    const userPath = `/api/v2/users/${people.manyIdentities}`;
    expect(paths(world).slice(0, 2).sort()).toEqual([`${userPath}.json`, `${userPath}/related.json`]);
    expect(identityPages(world)).toHaveLength(3);
    expect(identityPages(world).every((request) => request.url.includes('page%5Bsize%5D=100'))).toBe(true);
  });

  it('reads no pages when the sideload is short enough to be whole', async () => {
    const world = zendesk.world('ordinary');
    show(world);
    await within(await section('Identities')).findByText('6 identities', {}, { timeout: 5_000 });
    await quiet(world.host);
    expect(identityPages(world)).toHaveLength(0);
    expect(world.host.requests).toHaveLength(2);
  });

  it('keeps what loaded when a page fails, says so, and goes on from that page on retry', async () => {
    const world = zendesk.world('many-identities');
    const stop = world.account.onRequest(({ endpoint }) => {
      if (endpoint !== 'identities.list') return;
      stop();
      world.account.setFaults([{ endpoint: 'identities.list', kind: 'status', status: 500 }]);
    });
    show(world);
    const identities = await section('Identities');
    const notice = await within(identities).findByText(/^Not every identity could be loaded/, {}, { timeout: 3_000 });
    expect(notice.textContent).toContain('(500)');
    expect(within(identities).getByText('Counting…')).toBeTruthy();
    // The rows already shown stay, and the rest of the panel works.
    expect(within(identities).getAllByRole('listitem').length).toBeGreaterThan(0);
    const failedAt = identityPages(world).length;
    world.account.setFaults([]);
    within(identities).getByRole('button', { name: 'Try again' }).click();
    await within(identities).findByText('250 identities', {}, { timeout: 3_000 });
    const retried = identityPages(world).slice(failedAt);
    expect(retried[0]?.url).toContain('page%5Bafter%5D=');
    expect(retried).toHaveLength(2);
  });

  it('takes a full list read after a change as the complete list', async () => {
    const world = zendesk.world('many-identities');
    world.account.setFaults([{ endpoint: 'identities.list', kind: 'status', status: 500, apply: 'once' }]);
    show(world);
    const identities = await section('Identities');
    await within(identities).findByText(/^Not every identity could be loaded/);
    const value = 'relay-004@inbound.harborpine.example';
    within(identities).getByRole('button', { name: `Actions for ${value}` }).click();
    (await within(identities).findByRole('button', { name: `Make primary: ${value}` })).click();
    await within(identities).findByText('250 identities');
    expect(within(identities).queryByText(/^Not every identity could be loaded/)).toBeNull();
  });

  it('keeps the identities it shows while a quiet refresh reads the pages again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const world = zendesk.world('many-identities');
      show(world);
      const identities = await section('Identities');
      await within(identities).findByText('250 identities');
      world.account.setFaults([{ endpoint: 'identities.list', kind: 'latency', ms: 300 }]);
      vi.setSystemTime(Date.now() + 61_000);
      world.host.emit('app.activated', {});
      await within(identities).findByText('Counting…');
      expect(within(identities).getByRole('button', { name: 'Show 245 more' })).toBeTruthy();
      await within(identities).findByText('250 identities');
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops pages for a previous requester', async () => {
    const world = zendesk.world('many-identities');
    world.account.setFaults([{ endpoint: 'identities.list', kind: 'latency', ms: 200 }]);
    const { container } = show(world);
    const identities = await section('Identities');
    await within(identities).findByText('Loading the rest of the identities…', {}, { timeout: 5_000 });
    world.host.values.set('ticket.requester', hostUser(world.account, people.ordinary));
    world.host.emit('ticket.requester.id.changed', people.ordinary);
    await screen.findByRole('heading', { level: 1, name: 'Dana Whitfield' });
    await screen.findByText('6 identities');
    await quiet(world.host);
    const shown = [...container.querySelectorAll('[data-identity-id]')].map((row) => Number(row.getAttribute('data-identity-id')));
    expect(shown.sort()).toEqual(world.account.getIdentities(people.ordinary).map((identity) => identity.id).sort());
    expect(screen.getByText('6 identities')).toBeTruthy();
    // The old requester's reading stopped with the page in flight.
    expect(identityPages(world).length).toBeLessThan(3);
  });

  it('searches for duplicates only once every identity is read', async () => {
    const world = zendesk.world('many-identities');
    world.account.setFaults([{ endpoint: 'identities.list', kind: 'latency', ms: 150 }]);
    show(world);
    const duplicates = await section('Possible duplicates');
    within(duplicates).getByRole('button', { name: 'Find possible duplicates' }).click();
    await waitFor(() => expect(world.host.requests.some((request) => request.url.includes('/users/search'))).toBe(true), { timeout: 3_000 });
    const firstSearch = world.host.requests.findIndex((request) => request.url.includes('/users/search'));
    const lastPage = world.host.requests.findLastIndex((request) => /\/identities\.json\?/.test(request.url));
    expect(lastPage).toBeGreaterThan(1);
    expect(firstSearch).toBeGreaterThan(lastPage);
  });
});

describe('the merge receipt of a requester with a cut sideload', () => {
  it('lists every identity, reading them before the merge when the panel could not', async () => {
    const world = zendesk.world('many-identities');
    // The panel's own page reading fails once: it stays incomplete.
    world.account.setFaults([{ endpoint: 'identities.list', kind: 'status', status: 500, apply: 'once' }]);
    show(world);
    await screen.findByText(/^Not every identity could be loaded/, {}, { timeout: 5_000 });
    (await screen.findByRole('button', { name: 'Merge into another user…' }, { timeout: 5_000 })).click();
    const input = await screen.findByRole('combobox', { name: 'User to merge into' }, { timeout: 5_000 });
    fireEvent.input(input, { target: { value: 'dana.whitfield@harborpine.example' } });
    const option = await waitFor(() => {
      const found = screen.getAllByRole('option').find((candidate) => Number(candidate.dataset['userId']) === people.ordinary);
      if (!found) throw new Error('no option yet');
      return found;
    }, { timeout: 5_000 });
    option.click();
    // The requester with the cut list is the one merged away.
    (await screen.findByRole('radio', { name: 'Keep Dana Whitfield' }, { timeout: 5_000 })).click();
    const merge = await screen.findByRole('button', { name: 'Merge…' }, { timeout: 5_000 });
    await waitFor(() => expect((merge as HTMLButtonElement).disabled).toBe(false), { timeout: 5_000 });
    merge.click();
    const dialog = await screen.findByRole('dialog', { name: /^Merge .* into .*\?$/ }, { timeout: 5_000 });
    within(dialog).getByRole('checkbox', { name: 'I understand this cannot be undone' }).click();
    const confirm = within(dialog).getByRole('button', { name: 'Merge and delete' }) as HTMLButtonElement;
    await waitFor(() => expect(confirm.disabled).toBe(false), { timeout: 5_000 });
    confirm.click();
    await screen.findByText('A private note recording this merge was added to the ticket.', {}, { timeout: 5_000 });
    const [note] = world.account.getComments(506);
    const lines = note?.body.split('\n') ?? [];
    // All 250 are accounted for: the ones listed, and the rest counted after them.
    const listed = lines.filter((line) => line.startsWith('- Email: relay-')).length;
    const more = Number(/(\d+) more/.exec(lines.find((line) => / more/.test(line)) ?? '')?.[1] ?? 0);
    expect(listed).toBeGreaterThanOrEqual(99);
    expect(listed + more).toBe(250);
    // Every page was read before the merge was sent.
    const mergeAt = world.host.requests.findIndex((request) => request.url.includes('/merge'));
    const pagesBefore = world.host.requests.slice(0, mergeAt).filter((request) => /\/identities\.json\?/.test(request.url));
    expect(pagesBefore.length).toBeGreaterThanOrEqual(3);
  }, 20_000);
});
