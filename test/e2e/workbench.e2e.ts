import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import { settled } from './support/settled.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { SCREENSHOTS, useWorkbench } from './support/workbench.ts';

const open = useWorkbench();

/** Console errors and failed loads of the page and the app's frame, from now on. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A scenario change navigates the app's frame: what it was still loading is cancelled, not broken.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`failed: ${request.url()} ${reason}`);
  });
  return problems;
}

/**
 * Waits until no request of the page (its frames included) is in flight, and none started while
 * the app's frame settled after that (a chunk that just arrived may ask for another).
 */
function whenQuiet(page: Page): () => Promise<void> {
  let inFlight = 0;
  let started = 0;
  const waiting: (() => void)[] = [];
  page.on('request', () => { inFlight += 1; started += 1; });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    if (inFlight === 0) for (const resume of waiting.splice(0)) resume();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    for (;;) {
      if (inFlight > 0) await new Promise<void>((resume) => waiting.push(resume));
      const before = started;
      await settled(page);
      if (inFlight === 0 && started === before) return;
    }
  };
}

async function mergeFirstDuplicate(wb: WorkbenchPage): Promise<void> {
  const section = wb.app.getByRole('region', { name: 'Possible duplicates' });
  await section.getByRole('button', { name: 'Find possible duplicates' }).click();
  await section.locator(`li[data-user-id="${people.zoeShop}"]`).getByRole('button', { name: /^Compare and merge/ }).click();
  await wb.app.getByRole('heading', { name: 'Compare before merging' }).waitFor();
  // The requester is the one merged away, so that the ticket moves to the survivor.
  await wb.app.getByRole('radio', { name: /^Keep Zoe Lindqvist/ }).check();
  await wb.app.getByRole('button', { name: 'Merge…' }).click();
  const dialog = wb.app.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'I understand this cannot be undone' }).check();
  await dialog.getByRole('button', { name: 'Merge and delete' }).click();
  await wb.app.getByText('A private note recording this merge was added to the ticket.').waitFor();
}

describe('the workbench shows what Zendesk would', () => {
  it('after a merge: the survivor as requester, the deleted user gone from the list, the note in the conversation', async () => {
    const wb = await open({ scenario: 'duplicates' });
    const problems = watchConsole(wb.page);
    const requester = wb.page.getByTestId('requester-select');
    expect(await requester.inputValue()).toBe(String(people.zoe));

    await mergeFirstDuplicate(wb);

    await wb.page.waitForFunction((id) => (document.querySelector('[data-testid="requester-select"]') as HTMLSelectElement | null)?.value === String(id), people.zoeShop);
    const options = await requester.locator('option').evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value));
    expect(options).toContain(String(people.zoeShop));
    expect(options).not.toContain(String(people.zoe));
    expect(await wb.page.getByText(`Zoe Lindqvist (${people.zoeShop}, end-user)`).count()).toBe(1);

    const note = wb.page.getByRole('article', { name: 'Internal note' });
    await note.waitFor();
    expect(await note.textContent()).toContain(`Merged and deleted: Zoë Lindqvist (user ${people.zoe})`);
    expect(await wb.page.locator('.comment__author').first().textContent()).toBe('Zoe Lindqvist');

    // The app heard the new requester and still shows the merge's outcome about the survivor.
    await wb.app.getByRole('heading', { level: 1, name: 'Zoe Lindqvist' }).waitFor();
    expect(await wb.app.getByText(/was merged into .*This is the user who remains/).count()).toBe(1);
    const frame = await wb.frame();
    expect(await frame.evaluate(() => document.activeElement?.classList.contains('outcome') ?? false)).toBe(true);
    await mkdir(SCREENSHOTS, { recursive: true });
    await wb.page.screenshot({ path: join(SCREENSHOTS, 'workbench-after-merge.png') });
    expect(problems).toEqual([]);
  });

  it('loads every scenario with no console error, profile photos included', async () => {
    const wb = await open({ scenario: 'ordinary' });
    const problems = watchConsole(wb.page);
    const quiet = whenQuiet(wb.page);
    await wb.app.locator('[data-awaiting="loading"]').first().waitFor({ state: 'detached' });
    await quiet();
    await wb.page.reload();
    await wb.page.evaluate(() => window.workbench?.ready());
    await wb.app.locator('img.avatar').waitFor();
    expect(await wb.app.locator('img.avatar').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const names = await wb.page.getByTestId('scenario').locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
    for (const name of names) {
      await wb.page.getByTestId('scenario').selectOption(name);
      await wb.page.evaluate(() => window.workbench?.ready());
      // Every scenario shows its requester, or says there is none yet.
      await wb.app.locator('h1').or(wb.app.getByText(/No requester yet/)).first().waitFor();
      // The panel's actions (and the context block they bring) load after its first view: the next
      // scenario replaces the frame only once nothing is downloading, so that no request is cut off.
      await wb.app.locator('[data-awaiting="loading"]').first().waitFor({ state: 'detached' });
      await quiet();
    }
    expect(problems).toEqual([]);
  });

  it('offers only the locations Zendesk can show for a scenario, and takes no other from the URL', async () => {
    const wb = await open({ scenario: 'ordinary', location: 'new_ticket_sidebar' });
    const location = wb.page.getByTestId('location');
    expect(await location.inputValue()).toBe('ticket_sidebar');
    expect(await location.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value))).toEqual(['ticket_sidebar', 'user_sidebar']);
    await wb.page.getByTestId('scenario').selectOption('new-ticket');
    await wb.page.waitForFunction(() => new URLSearchParams(window.location.search).get('location') === 'new_ticket_sidebar');
    expect(await location.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value))).toEqual(['new_ticket_sidebar']);
  });
});
