import { describe, expect, it } from 'vitest';
import { createAccount, people } from '../../dev/zendesk/index.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { seriousViolations, useWorkbench } from './support/workbench.ts';
import { openComparison, selectAllDuplicates } from './support/merge.ts';

const open = useWorkbench();
const seed = createAccount();

/** Merge requests, oldest first, as "path user → body user". */
async function merges(wb: WorkbenchPage): Promise<string[]> {
  const sent = await wb.page.evaluate(() => window.workbench?.requests().filter((entry) => entry.endpoint === 'users.merge' && entry.status < 500) ?? []);
  return sent.map((entry) => entry.url.replace(/^.*\/users\/(\d+)\/merge.*$/, '$1')).reverse();
}

async function userExists(wb: WorkbenchPage, id: number): Promise<boolean> {
  return wb.page.evaluate((userId) => window.workbench?.account.getUser(userId) !== null, id);
}

async function compare(wb: WorkbenchPage, search: string, name: RegExp): Promise<void> {
  await wb.app.getByRole('heading', { level: 1, name: seed.getUser(people.zoe)?.name ?? '' }).waitFor();
  await openComparison(wb, search, name);
}

async function confirm(wb: WorkbenchPage, double = false): Promise<void> {
  await wb.app.getByRole('button', { name: 'Merge…' }).click();
  const dialog = wb.app.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'I understand this cannot be undone' }).check();
  const button = dialog.getByRole('button', { name: 'Merge and delete' });
  if (double) await button.dblclick();
  else await button.click();
}

/** For each survivor option, on how many lines the word "Keep" at the start of its label is drawn. */
async function keepWordLines(wb: WorkbenchPage): Promise<number[]> {
  return (await wb.frame()).locator('.merge-survivor__option').evaluateAll((options) => options.map((option) => {
    const walker = option.ownerDocument.createTreeWalker(option, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode();
    if (text === null) return 0;
    const range = option.ownerDocument.createRange();
    range.setStart(text, 0);
    range.setEnd(text, Math.min(4, text.textContent?.length ?? 0));
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  }));
}

describe('choosing who survives a merge', () => {
  it('keeps the requester: the other user is merged into them, and the panel reads them again', async () => {
    const wb = await open({ scenario: 'duplicates', role: 'agent' });
    await compare(wb, 'zoe@lindqvist-design', /ZOE LINDQVIST/);
    // More tickets: the requester is recommended, and chosen until the agent says otherwise.
    expect(await wb.app.getByRole('radio', { name: 'Keep Zoë Lindqvist (Zoe.Lindqvist@gmail.com)' }).isChecked()).toBe(true);
    // "Keep" stays one word on one line beside the radio (it once wrapped letter by letter).
    expect(await keepWordLines(wb)).toEqual([1, 1]);
    const merged = wb.app.getByRole('region', { name: 'Merged and deleted' });
    await merged.getByText('zoe_lindqvist').first().waitFor();
    expect(await merged.locator('[data-lost]').allTextContents()).toEqual(['X (Twitter): zoe_lindqvist']);
    // The kept user loses nothing, and their column lists nothing under losses.
    expect(await wb.app.getByRole('region', { name: 'Kept' }).locator('[data-lost]').count()).toBe(0);
    expect(await wb.app.locator('[data-match]').count()).toBe(2);
    await wb.screenshot('merge-survivor-compare');
    expect(await seriousViolations(await wb.frame())).toEqual([]);
    await confirm(wb, true);
    await wb.app.getByText('ZOE LINDQVIST (zoe@lindqvist-design.example) was merged into Zoë Lindqvist (Zoe.Lindqvist@gmail.com). This is the user who remains.').waitFor();
    expect(await merges(wb)).toEqual([String(people.zoeStudio)]);
    expect(await userExists(wb, people.zoeStudio)).toBe(false);
    expect(await userExists(wb, people.zoe)).toBe(true);
    // The requester's own panel, read again, lists the email that moved to them.
    await wb.app.getByRole('region', { name: 'Identities' }).getByText('zoe@lindqvist-design.example').waitFor();
  });

  it('keeps the other user: the requester is merged away and the panel follows the ticket to the survivor', async () => {
    const wb = await open({ scenario: 'duplicates', role: 'agent' });
    await compare(wb, 'zoe@lindqvist-design', /ZOE LINDQVIST/);
    await wb.app.getByRole('radio', { name: 'Keep ZOE LINDQVIST (zoe@lindqvist-design.example)' }).check();
    await wb.app.getByRole('region', { name: 'Merged and deleted' }).getByText('Zoe.Lindqvist@gmail.com').first().waitFor();
    // Swapped: now the requester's losses show, and none under the user kept.
    expect(await wb.app.getByRole('region', { name: 'Merged and deleted' }).locator('[data-lost]').allTextContents())
      .toEqual(['Organization membership: Lindqvist Design Studio']);
    expect(await wb.app.getByRole('region', { name: 'Kept' }).locator('[data-lost]').count()).toBe(0);
    await confirm(wb, true);
    await wb.app.getByText('Zoë Lindqvist (Zoe.Lindqvist@gmail.com) was merged into ZOE LINDQVIST (zoe@lindqvist-design.example). This is the user who remains.').waitFor();
    expect(await merges(wb)).toEqual([String(people.zoe)]);
    await wb.app.getByRole('heading', { level: 1, name: 'ZOE LINDQVIST' }).waitFor();
    // Zendesk moved the ticket to the survivor; the host says so, and the panel stays on the survivor.
    await wb.page.evaluate((id) => window.workbench?.setRequester(id), people.zoeStudio);
    await wb.app.getByRole('heading', { level: 1, name: 'ZOE LINDQVIST' }).waitFor();
    expect(await wb.app.getByText('Zoë Lindqvist (Zoe.Lindqvist@gmail.com) was merged into ZOE LINDQVIST (zoe@lindqvist-design.example). This is the user who remains.').count()).toBe(1);
    expect(await wb.app.getByRole('heading', { level: 1, name: 'Zoë Lindqvist' }).count()).toBe(0);
  });
});

const stepStates = (wb: WorkbenchPage) => wb.app.locator('.merge-batch li').evaluateAll((items) => items.map((item) => item.getAttribute('data-step')));

describe('several duplicates into one person', () => {
  it('stops at a refusal in the middle of a batch of three and says which merged and which did not', async () => {
    const wb = await open({ scenario: 'several-accounts', role: 'agent' });
    await selectAllDuplicates(wb);
    await wb.screenshot('merge-batch-plan');
    expect(await seriousViolations(await wb.frame())).toEqual([]);
    await wb.setFaults([{ endpoint: 'users.merge', kind: 'status', status: 422, after: 1, apply: 'once' }]);
    await confirm(wb, true);
    await wb.app.getByText(/^Stopped at the first merge that failed: 1 of 3 merged/).waitFor();
    expect(await stepStates(wb)).toEqual(['merged', 'refused', 'not-sent']);
    expect(await wb.page.evaluate(() => window.workbench?.requests().filter((entry) => entry.endpoint === 'users.merge').length)).toBe(2);
    expect(await userExists(wb, people.maya)).toBe(true);
    expect(await wb.app.getByText(/This is the user who remains/).count()).toBe(0);
    await wb.app.getByText('A private note recording this merge was added to the ticket.').waitFor();
    await wb.screenshot('merge-batch-stopped');
  });

  it('pauses on a 429 in the middle of a batch and goes on only when the agent continues', async () => {
    const wb = await open({ scenario: 'several-accounts', role: 'agent' });
    await selectAllDuplicates(wb);
    await wb.setFaults([{ endpoint: 'users.merge', kind: 'status', status: 429, retryAfterSeconds: 1, after: 1, apply: 'once' }]);
    await confirm(wb);
    await wb.app.getByText(/Zendesk asked to slow down/).waitFor();
    await wb.app.getByText('1 of 3').waitFor();
    // Continue is offered once Zendesk's Retry-After has passed: nothing was sent on its own meanwhile.
    await wb.app.getByRole('button', { name: 'Continue' }).and(wb.app.locator('[aria-disabled="false"]')).waitFor();
    expect(await wb.page.evaluate(() => window.workbench?.requests().filter((entry) => entry.endpoint === 'users.merge').length)).toBe(2);
    expect(await stepStates(wb)).toEqual(['merged', 'waiting', 'waiting']);
    await wb.app.getByRole('button', { name: 'Continue' }).click();
    await wb.app.getByText(/This is the user who remains/).waitFor();
    expect(await wb.page.evaluate(() => window.workbench?.requests().filter((entry) => entry.endpoint === 'users.merge').length)).toBe(4);
    await wb.app.getByRole('heading', { level: 1, name: 'MAYA OKONKWO' }).waitFor();
    expect(await userExists(wb, people.maya)).toBe(false);
  });

  it('shows a light agent the list read-only', async () => {
    const wb = await open({ scenario: 'several-accounts', role: 'light-agent' });
    const section = wb.app.getByRole('region', { name: 'Possible duplicates' });
    await section.getByRole('button', { name: 'Find possible duplicates' }).click();
    await section.getByRole('status').getByText('3 possible duplicates found.').waitFor();
    expect(await section.getByRole('checkbox').count()).toBe(0);
  });
});
