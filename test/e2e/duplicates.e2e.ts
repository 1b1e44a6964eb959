import { describe, expect, it } from 'vitest';
import { createAccount, people, staff } from '../../dev/zendesk/index.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { seriousViolations, useWorkbench } from './support/workbench.ts';
import { settled } from './support/settled.ts';

const open = useWorkbench();
const seed = createAccount();
const TICKET = 502;

async function requests(wb: WorkbenchPage, endpoint: string) {
  return wb.page.evaluate((name) => window.workbench?.requests().filter((entry) => entry.endpoint === name) ?? [], endpoint);
}

async function comments(wb: WorkbenchPage) {
  return wb.page.evaluate((id) => window.workbench?.account.getComments(id) ?? [], TICKET);
}

/** Asks for the duplicates and waits for the list. */
async function findDuplicates(wb: WorkbenchPage) {
  await wb.app.getByRole('heading', { level: 1, name: seed.getUser(people.zoe)?.name ?? '' }).waitFor();
  const section = wb.app.getByRole('region', { name: 'Possible duplicates' });
  await section.getByRole('button', { name: 'Find possible duplicates' }).waitFor();
  await settled(wb.page);
  await section.getByRole('button', { name: 'Find possible duplicates' }).click();
  await section.getByRole('status').getByText('2 possible duplicates found.').waitFor();
  return section;
}

/** Each reason as "why — how the values are one", as the agent reads them. */
const reasons = (list: Element[]) => list.map((reason) => [...reason.children].map((part) => part.textContent).join(' — '));

/** Keeps the duplicate (the requester is merged away), confirms and waits for the outcome. */
async function confirmMerge(wb: WorkbenchPage, keep: string) {
  await wb.app.getByRole('heading', { name: 'Compare before merging' }).waitFor();
  await wb.app.getByText(/^Recommended: keep/).waitFor();
  await wb.app.getByRole('radio', { name: `Keep ${keep}` }).check();
  await wb.app.getByRole('button', { name: 'Merge…' }).click();
  const dialog = wb.app.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'I understand this cannot be undone' }).check();
  expect(await requests(wb, 'users.merge')).toHaveLength(0);
  await dialog.getByRole('button', { name: 'Merge and delete' }).click();
  await wb.app.getByText(/was merged into .*This is the user who remains/).waitFor();
}

describe('possible duplicates', () => {
  it('finds the duplicates with their reasons, merges one from the list, and leaves a receipt on the ticket', async () => {
    const wb = await open({ scenario: 'duplicates', role: 'agent' });
    await wb.app.getByRole('region', { name: 'Tickets' }).locator('[data-count="requested"]').waitFor();
    expect(await requests(wb, 'users.search')).toHaveLength(0);

    const section = await findDuplicates(wb);
    expect(await requests(wb, 'users.search')).toHaveLength(3);
    const items = section.locator('li[data-user-id]');
    expect(await items.evaluateAll((list) => list.map((item) => Number(item.getAttribute('data-user-id'))))).toEqual([people.zoeShop, people.zoeStudio]);
    const shop = section.locator(`li[data-user-id="${people.zoeShop}"]`);
    // Each user's value as written; how they are one beneath.
    expect(await shop.locator('[data-reason]').evaluateAll(reasons)).toEqual([
      "Email zoelindqvist+shop@gmail.com, like the requester's Zoe.Lindqvist@gmail.com — The same address, ignoring capitals, +tags, and dots in Gmail addresses.",
      "Phone (555) 014-2233, like the requester's +15550142233 — Both are +1 555 014 2233, once a number without a country code is read with +1.",
      'Same name, ignoring case and accents',
    ]);
    expect(await section.getByText('Zoey Lindholm').count()).toBe(0);
    await wb.screenshot('duplicates-list');
    expect(await seriousViolations(await wb.frame())).toEqual([]);

    await section.getByRole('button', { name: 'Compare and merge with Zoe Lindqvist (zoelindqvist+shop@gmail.com)', exact: true }).click();
    await wb.app.locator(`.merge-column[data-user-id="${people.zoeShop}"]`).getByText('zoelindqvist+shop@gmail.com').first().waitFor();
    await confirmMerge(wb, 'Zoe Lindqvist (zoelindqvist+shop@gmail.com)');
    await wb.app.getByText('A private note recording this merge was added to the ticket.').waitFor();
    expect(await requests(wb, 'users.merge')).toHaveLength(1);
    expect(await requests(wb, 'tickets.update')).toHaveLength(1);
    await wb.app.getByRole('heading', { level: 1, name: 'Zoe Lindqvist' }).waitFor();

    const [note, ...others] = await comments(wb);
    expect(others).toEqual([]);
    expect(note).toMatchObject({ public: false, author_id: staff.agent });
    const lines = note?.body.split('\n') ?? [];
    expect(lines[1]).toBe(`Merged by: ${seed.getUser(staff.agent)?.name ?? ''} (agent ${staff.agent})`);
    expect(lines[2]).toMatch(/^When: .* UTC \(\d{4}-\d\d-\d\dT[\d:.]+Z\)$/);
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
    await wb.screenshot('duplicates-merged-receipt');
  });

  it('says the note is missing when it cannot be written, and writes it when the agent asks again', async () => {
    const wb = await open({ scenario: 'duplicates', role: 'agent' });
    const section = await findDuplicates(wb);
    await wb.setFaults([{ endpoint: 'tickets.update', kind: 'status', status: 500 }]);
    await section.getByRole('button', { name: 'Compare and merge with ZOE LINDQVIST (zoe@lindqvist-design.example)', exact: true }).click();
    await confirmMerge(wb, 'ZOE LINDQVIST (zoe@lindqvist-design.example)');
    const missing = wb.app.getByRole('alert').filter({ hasText: 'private note recording it is missing' });
    await missing.waitFor();
    expect(await wb.page.evaluate((id) => window.workbench?.account.getUser(id) ?? null, people.zoe)).toBeNull();
    expect(await comments(wb)).toEqual([]);
    expect(await requests(wb, 'tickets.update')).toHaveLength(1);

    await wb.setFaults([]);
    await missing.getByRole('button', { name: 'Try again' }).dblclick();
    await wb.app.getByText('A private note recording this merge was added to the ticket.').waitFor();
    expect(await comments(wb)).toHaveLength(1);
    expect(await requests(wb, 'tickets.update')).toHaveLength(2);
  });

  it('shows a light agent the duplicates without a way to merge them', async () => {
    const wb = await open({ scenario: 'duplicates', role: 'light-agent' });
    const section = await findDuplicates(wb);
    // The reason is the panel's, said once; the section does not repeat it.
    await wb.app.getByText('Light agents can view this panel but cannot change users.').waitFor();
    expect(await wb.app.getByText(/Light agents can view this panel/).count()).toBe(1);
    await section.locator('li[data-user-id]').first().waitFor();
    expect(await section.getByRole('button', { name: /Compare and merge/ }).count()).toBe(0);
  });

  it('sees through an internationalized domain and a national number', async () => {
    const wb = await open({ scenario: 'international-duplicates', role: 'agent' });
    await wb.app.getByRole('heading', { level: 1, name: 'Anna Müller' }).waitFor();
    const section = wb.app.getByRole('region', { name: 'Possible duplicates' });
    await section.getByRole('button', { name: 'Find possible duplicates' }).click();
    const item = section.locator(`li[data-user-id="${people.annaOrders}"]`);
    await item.waitFor();
    expect(await item.locator('[data-reason]').evaluateAll(reasons)).toEqual([
      "Email anna+orders@xn--bcher-kva.de, like the requester's anna@bücher.de — The same address, ignoring +tags and how the domain is spelled (Unicode or punycode).",
      "Phone 030 1234567 ext. 12, like the requester's +49301234567 — Both are +49 30 1234567, once a number without a country code is read with +49.",
      'Same name, ignoring case and accents',
    ]);
  });
});
