// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import type { ScenarioName } from '../../dev/zendesk/index.ts';
import { App } from '../../src/App.tsx';
import { useZendesk } from '../support/world.ts';
import type { World } from '../support/world.ts';
import { quiet } from '../support/quiet.ts';

const zendesk = useZendesk();
afterEach(cleanup);

function show(scenario: ScenarioName): World {
  const world = zendesk.world(scenario, { freshSession: true });
  render(<App host={world.host} api={world.api} agent={world.agent} />);
  return world;
}

async function expectDeletedState(world: World) {
  const message = await screen.findByText('This user no longer exists. They may have been deleted or merged into another user.');
  expect(message.closest('[role="status"]')).toBeTruthy();
  expect(screen.getAllByText(/no longer exists/)).toHaveLength(1);
  // No sections and no actions: only the header (its role and profile link hidden by style) and the message.
  for (const name of ['Tickets', 'Identities', 'Access', 'Possible duplicates', 'Merge']) {
    expect(screen.queryByRole('region', { name })).toBeNull();
  }
  expect(document.querySelector('[data-deleted-user] .header')).toBeTruthy();
  // Of a user who is gone the app cannot know the organization: the header names none, nor claims "none".
  expect(document.querySelector('[data-deleted-user] .header .muted')).toBeNull();
  expect(screen.queryByText(/No organization/)).toBeNull();
  expect(screen.queryByRole('button', { name: /Suspend|Merge|Add identity|Actions for/ })).toBeNull();
  // Nothing is read beyond the first view's reads and the session's one role read, which leaves
  // with them (src/shell/schedule.ts), before anyone can know the user is gone.
  await quiet(world.host);
  const id = world.requesterId ?? 0;
  const sent = world.host.requests.map((request) => new URL(request.url, 'https://x.example').pathname);
  expect(sent.filter((path) => ![`/api/v2/users/${id}.json`, `/api/v2/users/${id}/related.json`, '/api/v2/users/me.json'].includes(path))).toEqual([]);
  expect(sent.filter((path) => path === '/api/v2/users/me.json').length).toBeLessThanOrEqual(1);
}

describe('a deleted requester', () => {
  it('shows one deleted-user state when Zendesk answers 200 with active: false', async () => {
    const world = show('deleted-inactive');
    await expectDeletedState(world);
    expect(screen.getByRole('heading', { level: 1, name: 'Casey Morgan' })).toBeTruthy();
  });

  it('shows the same state when Zendesk answers 404', async () => {
    await expectDeletedState(show('deleted-requester'));
  });
});

describe('a merge target deleted meanwhile', () => {
  it('shows it as deleted, without a role, and does not offer the merge', async () => {
    const world = show('duplicates');
    const tickets = await screen.findByRole('region', { name: 'Tickets' });
    await waitFor(() => expect(tickets.getAttribute('aria-busy')).toBe('false'));
    (await screen.findByRole('button', { name: 'Merge into another user…' })).click();
    const input = await screen.findByRole('combobox', { name: 'User to merge into' }, { timeout: 5_000 });
    fireEvent.input(input, { target: { value: 'zoe@lindqvist-design.example' } });
    const option = await waitFor(() => {
      const found = screen.getAllByRole('option').find((candidate) => Number(candidate.dataset['userId']) === people.zoeStudio);
      if (!found) throw new Error('not listed yet');
      return found;
    });
    // Deleted between the search and the comparison: Zendesk keeps it, inactive.
    const target = world.account.users.get(people.zoeStudio);
    if (!target) throw new Error('seeded user missing');
    target.active = false;
    option.click();
    const column = await waitFor(() => {
      const found = document.querySelector<HTMLElement>(`.merge-column[data-user-id="${people.zoeStudio}"]`);
      if (!found) throw new Error('no column yet');
      return found;
    });
    expect(await within(column).findByText('Deleted')).toBeTruthy();
    expect(within(column).queryByText('End user')).toBeNull();
    expect(await screen.findByText(/is no longer active in Zendesk and cannot be merged/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Merge…' }) as HTMLButtonElement).disabled || screen.getByRole('button', { name: 'Merge…' }).getAttribute('aria-disabled') === 'true').toBe(true);
  });
});
