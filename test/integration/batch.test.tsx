// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import { App } from '../../src/App.tsx';
import type { WorldRole } from '../support/world.ts';
import { useZendesk } from '../support/world.ts';
import type { World } from '../support/world.ts';
import { quiet } from '../support/quiet.ts';

const zendesk = useZendesk();
afterEach(cleanup);

function show(role: WorldRole = 'agent'): World {
  const world = zendesk.world('several-accounts', { role });
  world.host.values.set('currentUser.name', 'Sam Okafor');
  render(<App host={world.host} api={world.api} agent={world.agent} />);
  return world;
}

const merges = (world: World) => world.host.requests.filter((request) => request.url.includes('/merge'));
const mergePaths = (world: World) => merges(world).map((request) => `${request.url} → ${String((JSON.parse(request.data ?? '{}') as { user?: { id?: number } }).user?.id)}`);

async function duplicates(): Promise<HTMLElement> {
  const tickets = await screen.findByRole('region', { name: 'Tickets' });
  await waitFor(() => expect(tickets.getAttribute('aria-busy')).toBe('false'));
  const section = await screen.findByRole('region', { name: 'Possible duplicates' });
  within(section).getByRole('button', { name: 'Find possible duplicates' }).click();
  await within(section).findByText('3 possible duplicates found.', {}, { timeout: 5_000 });
  return section;
}

/** Selects every duplicate, opens the run and waits until each merge has been checked. */
async function selectAll(section: HTMLElement): Promise<void> {
  for (const box of within(section).getAllByRole('checkbox', { name: /^Select / })) box.click();
  (await within(section).findByRole('button', { name: 'Merge 3 selected users…' })).click();
  await screen.findByRole('heading', { name: 'Merge the selected users' }, { timeout: 5000 });
  await screen.findByText(/^Recommended: keep/, {}, { timeout: 5000 });
}

async function confirmRun(): Promise<void> {
  screen.getByRole('button', { name: 'Merge…' }).click();
  const dialog = await screen.findByRole('dialog');
  within(dialog).getByRole('checkbox', { name: 'I understand this cannot be undone' }).click();
  const confirm = within(dialog).getByRole('button', { name: 'Merge and delete' }) as HTMLButtonElement;
  await waitFor(() => expect(confirm.disabled).toBe(false));
  confirm.click();
}

const steps = () => [...document.querySelectorAll('.merge-batch li')].map((item) => item.getAttribute('data-step'));

describe('merging several duplicates in one run', () => {
  it('names each checkbox after its user and recommends the only account every other can be merged into', async () => {
    show();
    const section = await duplicates();
    expect(within(section).getAllByRole('checkbox').map((box) => box.getAttribute('aria-label')).sort()).toEqual([
      'Select MAYA OKONKWO (maya@forwarding.okonkwo.example)',
      'Select Maya O. (maya.o@callback.example)',
      'Select maya okonkwo (maya.okonkwo+chat@example.org)',
    ]);
    await selectAll(section);
    expect(screen.getByText(/^Recommended: keep/).textContent).toBe(
      'Recommended: keep MAYA OKONKWO (maya@forwarding.okonkwo.example) — the only direction Zendesk allows.',
    );
    // Keeping the requester would merge the forwarding account away: not allowed, and said so.
    screen.getByRole('radio', { name: 'Keep Maya Okonkwo (maya.okonkwo@example.org)' }).click();
    await screen.findByText(/is the requester on 10,450 tickets/);
    // The list of merges has a visible label, and is labelled by it.
    const label = screen.getByText('Merges, in order:');
    expect(screen.getByRole('list', { name: 'Merges, in order:' }).getAttribute('aria-labelledby')).toBe(label.id);
    expect((screen.getByRole('button', { name: 'Merge…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('sends the merges one at a time, the requester last, and shows the survivor after a single confirmation', async () => {
    const world = show();
    await selectAll(await duplicates());
    await confirmRun();
    // Three users merged: one sentence about all of them, in the plural.
    await waitFor(() => expect(document.querySelector('.outcome .notice--success')?.textContent).toMatch(/^.+, .+, and .+ were merged into MAYA OKONKWO \([^)]+\)\./));
    // Each merge once, into the survivor, the requester last.
    expect(mergePaths(world).slice(0, 2).sort()).toEqual([
      `/api/v2/users/${people.mayaPhone}/merge.json → ${people.mayaRelay}`,
      `/api/v2/users/${people.mayaChat}/merge.json → ${people.mayaRelay}`,
    ].sort());
    expect(mergePaths(world)[2]).toBe(`/api/v2/users/${people.maya}/merge.json → ${people.mayaRelay}`);
    expect(merges(world)).toHaveLength(3);
    expect(world.account.getUser(people.maya)).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: 'MAYA OKONKWO' })).toBeTruthy();
    // The merged users are named as a list in the agent's language, not joined with commas.
    expect(document.querySelector('.outcome .notice--success')?.textContent).toContain(', and ');
    // The workspace is told once, as after a single merge, with a fixed message that names nobody.
    expect(world.host.invocations.filter((invocation) => invocation.name === 'notify')).toEqual([{ name: 'notify', args: ['Users merged', 'notice'] }]);
    await screen.findByText('A private note recording this merge was added to the ticket.');
    const [note, ...others] = world.account.getComments(553);
    expect(others).toEqual([]);
    expect(note?.body.split('\n').filter((line) => line.startsWith('Merged and deleted:'))).toHaveLength(3);
  });

  it('never merges a user the agent unticked after opening the plan: the selection is locked while the plan is open', async () => {
    const world = show();
    const section = await duplicates();
    await selectAll(section);
    const boxes = within(section).getAllByRole('checkbox', { name: /^Select / }) as HTMLInputElement[];
    boxes[0]?.click();
    // The plan merges every ticked user and the requester into the one kept: one merge per ticked box.
    const ticked = boxes.filter((box) => box.checked).length;
    expect(boxes.every((box) => box.disabled)).toBe(true);
    expect(within(section).getByText(/^The selection is locked while the merge plan is open/)).toBeTruthy();
    expect(boxes[0]?.getAttribute('aria-describedby')).toContain(within(section).getByText(/^The selection is locked/).id);
    expect(document.querySelectorAll('.merge-batch li')).toHaveLength(ticked);
    await confirmRun();
    await screen.findByText(/were merged into|was merged into/);
    expect(merges(world)).toHaveLength(ticked);
  });

  it('unlocks the selection when the plan is cancelled', async () => {
    show();
    const section = await duplicates();
    await selectAll(section);
    screen.getByRole('button', { name: 'Cancel' }).click();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Merge the selected users' })).toBeNull());
    const boxes = within(section).getAllByRole('checkbox', { name: /^Select / }) as HTMLInputElement[];
    expect(boxes.some((box) => box.disabled)).toBe(false);
    boxes[0]?.click();
    await within(section).findByRole('button', { name: 'Merge 2 selected users…' });
    expect(within(section).queryByText(/^The selection is locked/)).toBeNull();
  });

  it('stops at the first refusal and says exactly which merged and which did not', async () => {
    const world = show();
    await selectAll(await duplicates());
    world.account.setFaults([{ endpoint: 'users.merge', kind: 'status', status: 422, after: 1, apply: 'once' }]);
    await confirmRun();
    await screen.findByText(/^Stopped at the first merge that failed: 1 of 3 merged/);
    expect(steps()).toEqual(['merged', 'refused', 'not-sent']);
    expect(merges(world)).toHaveLength(2);
    expect(world.account.getUser(people.maya)).not.toBeNull();
    expect(screen.queryByText(/This is the user who remains/)).toBeNull();
    await screen.findByText('A private note recording this merge was added to the ticket.');
    const body = world.account.getComments(553)[0]?.body ?? '';
    expect(body.split('\n').filter((line) => line.startsWith('Merged and deleted:'))).toHaveLength(1);
    expect(body.split('\n').filter((line) => line.startsWith('Not merged:'))).toHaveLength(2);
  });

  it('pauses on a 429 and continues only when the agent says so', async () => {
    const world = show();
    await selectAll(await duplicates());
    world.account.setFaults([{ endpoint: 'users.merge', kind: 'status', status: 429, after: 1, apply: 'once' }]);
    await confirmRun();
    await screen.findByText(/Zendesk asked to slow down/);
    await quiet(world.host);
    expect(merges(world)).toHaveLength(2);
    expect(steps()).toEqual(['merged', 'waiting', 'waiting']);
    expect(screen.getByText('1 of 3')).toBeTruthy();
    screen.getByRole('button', { name: 'Continue' }).click();
    await screen.findByText(/This is the user who remains/);
    expect(merges(world)).toHaveLength(4);
  });

  it('gives a light agent the list without checkboxes', async () => {
    show('light-agent');
    const section = await duplicates();
    expect(within(section).queryAllByRole('checkbox')).toHaveLength(0);
  });
});
