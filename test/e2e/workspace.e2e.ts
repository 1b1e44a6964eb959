import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { panelSettled } from './support/panel.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { seriousViolations, useWorkbench } from './support/workbench.ts';
import { settled } from './support/settled.ts';

const open = useWorkbench();

/** Garden's grey-1100 and white: the dark and the light scheme's background. */
const DARK = 'rgb(21, 26, 30)';
const LIGHT = 'rgb(255, 255, 255)';

/** The 1366×657 window an agent on a small laptop has. */
const LAPTOP = { width: 1366, height: 657 };

type Paints = { paints?: string[] };

/**
 * Runs in every frame before its scripts: in the app's frame, notes the page's background, its
 * CSS colour scheme and whether the header is there at each frame the browser renders, until
 * the identities are in.
 */
function notePaints(): void {
  if (!window.location.search.includes('app_guid')) return;
  const seen: string[] = [];
  (window as unknown as Paints).paints = seen;
  const look = () => {
    const html = document.documentElement;
    seen.push(`${getComputedStyle(html).backgroundColor}|${html.style.colorScheme}|${document.querySelector('.header') ? 'header' : ''}`);
    if (!document.querySelector('[data-identity-id]') && seen.length < 2_000) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

async function appBackground(wb: WorkbenchPage): Promise<string> {
  return (await wb.frame()).evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

/** The visible part of the apps column, in the host page's coordinates, and how far it is scrolled. */
async function columnView(wb: WorkbenchPage) {
  return wb.page.locator('.sidebar').evaluate((column) => {
    const rect = column.getBoundingClientRect();
    const top = rect.top + column.clientTop;
    return { top, bottom: Math.min(top + column.clientHeight, window.innerHeight), scrollTop: column.scrollTop };
  });
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box;
}

/** Scrolls the apps column so that `control` sits just above the bottom of its visible part. */
async function scrollToBottomOfColumn(wb: WorkbenchPage, control: Locator): Promise<void> {
  const view = await columnView(wb);
  const box = await boxOf(control);
  await wb.page.locator('.sidebar').evaluate((column, by) => { column.scrollTop += by; }, box.y + box.height - (view.bottom - 8));
  const after = await boxOf(control);
  const now = await columnView(wb);
  expect(after.y + after.height).toBeLessThanOrEqual(now.bottom);
  expect(after.y + after.height).toBeGreaterThan(now.bottom - 120);
}

/**
 * Opens a confirmation from `opener`, scrolled to the bottom of the column, and checks where it
 * lands: wholly inside the column's visible part, with the opener still in sight above it, the
 * column having moved no more than the confirmation needed.
 */
async function expectConfirmationInView(wb: WorkbenchPage, opener: Locator): Promise<Locator> {
  // What was just rendered above the opener (a batch plan's rows) has taken its height first:
  // the column's position is measured on the panel as the agent sees it.
  await settled(wb.page);
  await scrollToBottomOfColumn(wb, opener);
  const before = await columnView(wb);
  await opener.click();
  const dialog = wb.app.getByRole('dialog');
  await dialog.waitFor();
  await expect.poll(async () => {
    const box = await boxOf(dialog);
    const view = await columnView(wb);
    const inside = box.y >= view.top && box.y + box.height <= view.bottom;
    return inside ? 'inside' : `confirmation ${box.y}–${box.y + box.height}, column shows ${view.top}–${view.bottom}`;
  }, { timeout: 5_000 }).toBe('inside');
  // Measured once the frame has taken the height the open confirmation asks for.
  await settled(wb.page);
  const box = await boxOf(dialog);
  const view = await columnView(wb);
  const button = await boxOf(opener);
  expect(button.y).toBeGreaterThanOrEqual(view.top);
  expect(button.y + button.height).toBeLessThanOrEqual(box.y);
  // The column moves to show the confirmation whole with its opener still in sight above it: at most
  // the confirmation's height, the opener's and a margin (the jump this guards against was ~935 px).
  expect(view.scrollTop - before.scrollTop).toBeLessThanOrEqual(box.height + button.height + 24);
  return dialog;
}

describe('dark mode, as the agent workspace sends it', () => {
  it('paints dark from the first frame when the frame address says dark, header included', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent', scheme: 'dark' }, notePaints);
    await wb.app.locator('[data-identity-id]').first().waitFor();
    const paints = await (await wb.frame()).evaluate(() => (window as unknown as Paints).paints ?? []);
    expect(paints.length).toBeGreaterThan(0);
    expect(paints.filter((paint) => paint.startsWith(LIGHT))).toEqual([]);
    // Before the stylesheet is read the page is transparent over the dark column, never light.
    expect(paints.filter((paint) => !paint.startsWith(DARK) && !paint.startsWith('rgba(0, 0, 0, 0)'))).toEqual([]);
    expect(paints.find((paint) => paint.endsWith('header'))).toBe(`${DARK}|dark|header`);
    await panelSettled(wb);
    expect(await seriousViolations(await wb.frame())).toEqual([]);
    await wb.screenshot('sidebar-dark');
  });

  it('switches live when the agent switches, without a request or a reload', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await panelSettled(wb);
    expect(await appBackground(wb)).toBe(LIGHT);
    const requests = (await wb.workbench((api) => api.requests())).length;
    const frame = await wb.frame();
    await frame.evaluate(() => { (window as unknown as { marked?: boolean }).marked = true; });
    await wb.workbench((api) => api.setScheme('dark'));
    await expect.poll(() => appBackground(wb)).toBe(DARK);
    await wb.workbench((api) => api.setScheme('light'));
    await expect.poll(() => appBackground(wb)).toBe(LIGHT);
    expect(await frame.evaluate(() => (window as unknown as { marked?: boolean }).marked)).toBe(true);
    expect(await wb.workbench((api) => api.requests())).toHaveLength(requests);
  });

  it('keeps AA contrast in the dark: the ticket list, the suspend confirmation and an error', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent', scheme: 'dark' });
    await panelSettled(wb);
    await wb.app.getByRole('button', { name: /^Requested \d+, show latest tickets/ }).click();
    await wb.app.getByRole('region', { name: 'Latest tickets: Requested' }).getByRole('listitem').first().waitFor();
    await wb.app.locator('.identity__toggle:not(.identity__toggle--slot)').first().click();
    expect(await seriousViolations(await wb.frame())).toEqual([]);
    await wb.app.getByRole('button', { name: 'Suspend user' }).click();
    await wb.app.getByRole('dialog').waitFor();
    expect(await seriousViolations(await wb.frame())).toEqual([]);
    await wb.screenshot('suspend-dark');
    // The shot grows the window and the column for a moment: the frame takes its height back first.
    await settled(wb.page);
    await wb.setFaults([{ endpoint: 'users.update', kind: 'status', status: 500 }]);
    await wb.app.getByRole('dialog').getByRole('button', { name: 'Suspend', exact: true }).click();
    await wb.app.getByRole('dialog').getByRole('alert').waitFor();
    expect(await seriousViolations(await wb.frame())).toEqual([]);
  });
});

describe('confirmations where the agent is looking, in a scrolled apps column', () => {
  it('suspend and remove identity open inside the visible part of the column, under their buttons', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await wb.page.setViewportSize(LAPTOP);
    await panelSettled(wb);
    // A tall panel: the latest tickets open above the actions.
    await wb.app.getByRole('button', { name: /^Requested \d+, show latest tickets/ }).click();
    await wb.app.getByRole('region', { name: 'Latest tickets: Requested' }).getByRole('listitem').first().waitFor();
    expect((await boxOf(wb.page.locator('#app-frame iframe'))).height).toBeGreaterThan(LAPTOP.height);

    const suspend = await expectConfirmationInView(wb, wb.app.getByRole('button', { name: 'Suspend user' }));
    await wb.screenshot('suspend-in-place');
    await wb.page.keyboard.press('Escape');
    await expect.poll(() => suspend.count()).toBe(0);

    const toggle = wb.app.locator('.identity__toggle:not(.identity__toggle--slot)').last();
    await toggle.click();
    const remove = wb.app.getByRole('button', { name: /^Remove / }).last();
    await expectConfirmationInView(wb, remove);
    await wb.app.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  });

  it('the merge confirmation opens inside the visible part of the column', async () => {
    const wb = await open({ scenario: 'duplicates', role: 'agent' });
    await wb.page.setViewportSize(LAPTOP);
    await panelSettled(wb);
    const section = wb.app.getByRole('region', { name: 'Possible duplicates' });
    await section.getByRole('button', { name: 'Find possible duplicates' }).click();
    await section.getByRole('button', { name: /^Compare and merge with/ }).first().click();
    await wb.app.getByRole('heading', { name: 'Compare before merging' }).waitFor();
    const merge = wb.app.getByRole('button', { name: 'Merge…' });
    await expect.poll(() => merge.isEnabled()).toBe(true);
    const dialog = await expectConfirmationInView(wb, merge);
    await dialog.getByRole('checkbox').waitFor();
    await wb.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('the batch merge confirmation opens inside the visible part of the column', async () => {
    const wb = await open({ scenario: 'several-accounts', role: 'agent' });
    await wb.page.setViewportSize(LAPTOP);
    await panelSettled(wb);
    await wb.app.getByRole('button', { name: 'Find possible duplicates' }).click();
    await wb.app.getByText('3 possible duplicates found.').waitFor();
    for (const box of await wb.app.getByRole('checkbox', { name: /^Select / }).all()) await box.check();
    await wb.app.getByRole('button', { name: 'Merge 3 selected users…' }).click();
    await wb.app.getByRole('heading', { name: 'Merge the selected users' }).waitFor();
    const merge = wb.app.getByRole('button', { name: 'Merge…' });
    await expect.poll(() => merge.isEnabled()).toBe(true);
    await expectConfirmationInView(wb, merge);
  });
});

describe('every width of the apps column', () => {
  it.each([280, 600])('at %i px nothing is cut and each ⋯ stays beside its identity', async (width) => {
    const wb = await open({ scenario: 'ordinary', role: 'agent', width });
    await panelSettled(wb);
    await wb.app.getByRole('button', { name: /^Requested \d+, show latest tickets/ }).click();
    await wb.app.getByRole('region', { name: 'Latest tickets: Requested' }).getByRole('listitem').first().waitFor();
    const frame = await wb.frame();
    expect(await frame.evaluate(() => window.innerWidth)).toBe(width);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const rows = await wb.app.locator('[data-identity-id]').all();
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      const value = await boxOf(row.locator('.identity__value'));
      const toggle = await boxOf(row.locator('.identity__toggle'));
      // On the value's first line, after it.
      expect(toggle.y).toBeLessThan(value.y + value.height);
      expect(toggle.x).toBeGreaterThanOrEqual(value.x + value.width - 1);
    }
    await wb.screenshot(`sidebar-${width}`);
  });
});

describe('forced colours', () => {
  it('keeps borders, focus and states visible when the system forces its colours', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await wb.page.emulateMedia({ forcedColors: 'active' });
    await panelSettled(wb);
    const frame = await wb.frame();
    expect(await frame.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    // A badge says its state in a word, and keeps its box as a border once backgrounds are gone.
    const badge = wb.app.locator('.badge--primary').first();
    expect(await badge.evaluate((node) => getComputedStyle(node).borderTopStyle)).toBe('solid');
    const suspend = wb.app.getByRole('button', { name: 'Suspend user' });
    await suspend.focus();
    await wb.page.keyboard.press('Shift+Tab');
    await wb.page.keyboard.press('Tab');
    expect(await suspend.evaluate((node) => getComputedStyle(node).outlineStyle)).toBe('solid');
    await suspend.click();
    const dialog = wb.app.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.evaluate((node) => getComputedStyle(node).borderTopStyle)).toBe('solid');
    await wb.screenshot('suspend-forced-colors');
  });
});
