import { describe, expect, it } from 'vitest';
import { people, staff } from '../../dev/zendesk/index.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { seriousViolations, useWorkbench } from './support/workbench.ts';

const open = useWorkbench();
const TICKET = 554;
const INES = 'Ines Moreau (ines.moreau@example.com)';

async function requests(wb: WorkbenchPage, endpoint: string) {
  return wb.page.evaluate((name) => window.workbench?.requests().filter((entry) => entry.endpoint === name) ?? [], endpoint);
}

/** Each reason as "why — how the values are one", as the agent reads them. */
const reasons = (list: Element[]) => list.map((reason) => [...reason.children].map((part) => part.textContent).join(' — '));

describe('possible duplicates from what a messaging visitor wrote', () => {
  it("finds the visitor's account from their words, not the agent's, merges it, and leaves a receipt", async () => {
    const wb = await open({ scenario: 'messaging-visitor', role: 'agent' });
    await wb.app.getByRole('heading', { level: 1, name: 'Web User 5a1c' }).waitFor();
    const section = wb.app.getByRole('region', { name: 'Possible duplicates' });
    await section.getByText('This requester has no email or phone, so the search starts from the addresses and numbers they wrote in this conversation.').waitFor();
    expect(await requests(wb, 'users.search')).toHaveLength(0);

    await section.getByRole('button', { name: 'Find possible duplicates' }).click();
    await section.getByRole('status').getByText('1 possible duplicate found.').waitFor();
    expect(await requests(wb, 'users.search')).toHaveLength(3);
    const item = section.locator(`li[data-user-id="${people.ines}"]`);
    expect(await item.locator('[data-reason]').evaluateAll(reasons)).toEqual([
      'Email ines.moreau@example.com; the requester wrote Ines.Moreau+orders@example.com in this conversation — The same address, ignoring capitals and +tags.',
      'Phone +442079460018; the requester wrote +44 20 7946 0018 in this conversation — Both are +44 20 7946 0018.',
    ]);
    // The agent asked about ines.m@oldshop.example, and noted it: that user is not listed.
    expect(await section.locator(`li[data-user-id="${people.inesOldShop}"]`).count()).toBe(0);
    await wb.screenshot('messaging-visitor-duplicates');
    expect(await seriousViolations(await wb.frame())).toEqual([]);

    await section.getByRole('button', { name: `Compare and merge with ${INES}`, exact: true }).click();
    await wb.app.getByRole('heading', { name: 'Compare before merging' }).waitFor();
    await wb.app.getByRole('radio', { name: 'Keep Ines Moreau' }).check();
    const visitorColumn = wb.app.locator(`.merge-column[data-user-id="${people.webVisitor}"]`);
    await visitorColumn.locator('[data-messaging="conversation-access"]').waitFor();
    expect(await visitorColumn.locator('[data-messaging]').evaluateAll((list) => list.map((entry) => entry.getAttribute('data-messaging'))))
      .toEqual(['ticket-moves', 'identity-lost', 'conversation-access', 'replies-unknown']);
    await wb.app.locator('[data-warning="messaging-conversation"]').first().waitFor();
    await wb.screenshot('messaging-visitor-compare');

    await wb.app.getByRole('button', { name: 'Merge…' }).click();
    const dialog = wb.app.getByRole('dialog');
    await dialog.getByText('Zendesk does not say whether your replies in this conversation still reach them after the merge.', { exact: false }).waitFor();
    await dialog.locator('[data-warning="messaging-conversation"]').waitFor();
    await dialog.getByRole('checkbox', { name: 'I understand this cannot be undone' }).check();
    expect(await requests(wb, 'users.merge')).toHaveLength(0);
    await dialog.getByRole('button', { name: 'Merge and delete' }).click();
    await wb.app.getByText('A private note recording this merge was added to the ticket.').waitFor();
    expect(await requests(wb, 'users.merge')).toHaveLength(1);
    await wb.app.getByRole('heading', { level: 1, name: 'Ines Moreau' }).waitFor();

    const comments = await wb.page.evaluate((id) => window.workbench?.account.getComments(id) ?? [], TICKET);
    const note = comments.at(-1);
    expect(note).toMatchObject({ public: false, author_id: staff.agent });
    const lines = note?.body.split('\n') ?? [];
    expect(lines).toContain(`Merged and deleted: Web User 5a1c (user ${people.webVisitor})`);
    expect(lines).toContain(`Kept: Ines Moreau (user ${people.ines})`);
    expect(lines).toContain('- Messaging: 5a1c7e0b9f3d4c2a8e6b1d0f');
    await wb.screenshot('messaging-visitor-merged');
  });
});
