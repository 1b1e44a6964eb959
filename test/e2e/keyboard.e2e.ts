import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { useWorkbench } from './support/workbench.ts';

// Only the keyboard: no clicks, no fill, no focus() from the test. What the test reads back
// (which element has focus, what the account holds) never changes the page.
const open = useWorkbench();

interface Focused {
  /** Where the focus is: in the app's frame, or still somewhere on the host page. */
  inApp: boolean;
  tag: string;
  role: string | null;
  /** The accessible name as far as these controls have one: aria-label, else the text. */
  name: string;
  inDialog: boolean;
}

async function focusedIn(page: Page, frame: Frame): Promise<Focused> {
  const inApp = await page.evaluate(() => document.activeElement?.tagName === 'IFRAME');
  const inside = await frame.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
    return { tag: element.tagName.toLowerCase(), role: element.getAttribute('role'), name: name.trim(), inDialog: element.closest('dialog') !== null };
  });
  return { inApp, tag: inside?.tag ?? 'body', role: inside?.role ?? null, name: inside?.name ?? '', inDialog: inside?.inDialog ?? false };
}

async function focused(wb: WorkbenchPage): Promise<Focused> {
  return focusedIn(wb.page, await wb.frame());
}

/** Presses Tab (or Shift+Tab) until the focused control's name matches; fails after `max` presses. */
async function tabTo(wb: WorkbenchPage, name: string | RegExp, { back = false, max = 40 } = {}): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let press = 0; press < max; press++) {
    const now = await focused(wb);
    if (now.inApp && matches(now.name)) return;
    await wb.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`no focusable control named ${String(name)} within ${max} presses; focus is on ${JSON.stringify(await focused(wb))}`);
}

/** From the top of the host page into the app, as an agent tabbing through Zendesk would. */
async function enterApp(wb: WorkbenchPage): Promise<void> {
  for (let press = 0; press < 80 && !(await focused(wb)).inApp; press++) await wb.page.keyboard.press('Tab');
  expect((await focused(wb)).inApp).toBe(true);
}

async function expectTrappedIn(wb: WorkbenchPage, presses: number): Promise<void> {
  for (let press = 0; press < presses; press++) {
    await wb.page.keyboard.press(press % 3 === 2 ? 'Shift+Tab' : 'Tab');
    const now = await focused(wb);
    expect(now.inApp && now.inDialog, `focus left the dialog: ${JSON.stringify(now)}`).toBe(true);
  }
}

describe('keyboard only', () => {
  it('suspends and unsuspends through the confirmation, focus coming back to the button each time', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await wb.app.locator('[data-identity-id]').first().waitFor();
    await enterApp(wb);
    await expect.poll(async () => (await focused(wb)).name).toMatch(/^Open profile of /);

    await tabTo(wb, 'Suspend user');
    await wb.page.keyboard.press('Enter');
    await wb.app.getByRole('dialog').waitFor();
    // The dialog opens on the safe answer, Cancel, though the sign-out option comes first in it
    // (only merge opens on its acknowledgement, which must be ticked first).
    await expect.poll(() => focused(wb)).toMatchObject({ name: 'Cancel', inDialog: true });
    await expectTrappedIn(wb, 7);
    await wb.page.keyboard.press('Escape');
    await expect.poll(() => wb.app.getByRole('dialog').count()).toBe(0);
    await expect.poll(async () => (await focused(wb)).name).toBe('Suspend user');

    await wb.page.keyboard.press('Space');
    await wb.app.getByRole('dialog').waitFor();
    await tabTo(wb, 'Suspend');
    await wb.page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(wb)).name).toBe('Unsuspend user');
    await expect.poll(async () => (await focused(wb)).inDialog).toBe(false);
    expect(await wb.page.evaluate((id) => window.workbench?.account.getUser(id)?.suspended, people.ordinary)).toBe(true);

    await wb.page.keyboard.press('Enter');
    await wb.app.getByRole('dialog').waitFor();
    await tabTo(wb, 'Unsuspend');
    await wb.page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(wb)).name).toBe('Suspend user');
    expect(await wb.page.evaluate((id) => window.workbench?.account.getUser(id)?.suspended, people.ordinary)).toBe(false);
  });

  it('finds a merge target with the combobox, compares, acknowledges and merges', async () => {
    const wb = await open({ scenario: 'duplicates', role: 'agent' });
    await wb.app.locator('[data-identity-id]').first().waitFor();
    await enterApp(wb);
    await tabTo(wb, 'Merge into another user…');
    await wb.page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(wb)).role).toBe('combobox');

    await wb.page.keyboard.type('Lindqvist', { delay: 30 });
    const box = wb.app.getByRole('combobox', { name: 'User to merge into' });
    await wb.app.getByRole('option', { name: /ZOE LINDQVIST/ }).waitFor();
    await wb.app.getByRole('status').getByText('2 users found. Use the up and down arrow keys to choose.').waitFor();
    // Arrows move the active option while focus stays in the box; Escape closes, then clears.
    await wb.page.keyboard.press('ArrowUp');
    const last = await box.getAttribute('aria-activedescendant');
    await wb.page.keyboard.press('ArrowDown');
    const first = await box.getAttribute('aria-activedescendant');
    expect(first).toBeTruthy();
    expect(first).not.toBe(last);
    await expect.poll(async () => (await focused(wb)).role).toBe('combobox');
    await wb.page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();
    expect(await box.inputValue()).toBe('Lindqvist');

    await wb.page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    for (let press = 0; press < 6; press++) {
      const active = await box.getAttribute('aria-activedescendant');
      if (active && /ZOE LINDQVIST/.test((await wb.app.locator(`[id="${active}"]`).textContent()) ?? '')) break;
      await wb.page.keyboard.press('ArrowDown');
    }
    await wb.page.keyboard.press('Enter');
    await wb.app.getByRole('heading', { name: 'Compare before merging' }).waitFor();
    await expect.poll(async () => (await focused(wb)).name).toBe('Compare before merging');
    // Who survives is a radio group: Tab reaches it, an arrow chooses the other user.
    await wb.app.getByText(/^Recommended: keep/).waitFor();
    await wb.page.keyboard.press('Tab');
    await expect.poll(() => focused(wb)).toMatchObject({ tag: 'input', inApp: true });
    await wb.page.keyboard.press('ArrowDown');
    await expect.poll(() => wb.app.getByRole('radio', { name: /^Keep ZOE LINDQVIST/ }).isChecked()).toBe(true);

    const mergeButton = wb.app.getByRole('button', { name: 'Merge…' });
    await expect.poll(() => mergeButton.isEnabled()).toBe(true);
    await tabTo(wb, 'Merge…');
    await wb.page.keyboard.press('Enter');
    const dialog = wb.app.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => focused(wb)).toMatchObject({ tag: 'input', inDialog: true });
    await expectTrappedIn(wb, 5);
    await tabTo(wb, 'Cancel');
    await wb.page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(wb)).name).toBe('Merge…');

    await wb.page.keyboard.press('Enter');
    await dialog.waitFor();
    await expect.poll(() => focused(wb)).toMatchObject({ tag: 'input', inDialog: true });
    await wb.page.keyboard.press('Space');
    expect(await dialog.getByRole('checkbox').isChecked()).toBe(true);
    await tabTo(wb, 'Merge and delete');
    await wb.page.keyboard.press('Enter');
    await wb.app.getByText(/This is the user who remains/).waitFor();
    // The dialog and the flow are gone: the outcome has the focus, so it is read out.
    await expect.poll(async () => (await focused(wb)).name).toMatch(/was merged into/);
    expect(await wb.page.evaluate(() => window.workbench?.requests().filter((r) => r.endpoint === 'users.merge').length)).toBe(1);
    expect(await wb.page.evaluate((id) => window.workbench?.account.getUser(id) ?? null, people.zoe)).toBeNull();
  });

  it('selects several duplicates, confirms and runs the batch with the keyboard alone', async () => {
    const wb = await open({ scenario: 'several-accounts', role: 'agent' });
    await wb.app.locator('[data-identity-id]').first().waitFor();
    await enterApp(wb);
    await tabTo(wb, 'Find possible duplicates');
    await wb.page.keyboard.press('Enter');
    await wb.app.getByText('3 possible duplicates found.').waitFor();
    for (let selected = 0; selected < 3; selected++) {
      await tabTo(wb, /^Select /);
      await wb.page.keyboard.press('Space');
      await wb.page.keyboard.press('Tab');
    }
    await tabTo(wb, 'Merge 3 selected users…');
    await wb.page.keyboard.press('Enter');
    await wb.app.getByRole('heading', { name: 'Merge the selected users' }).waitFor();
    await expect.poll(async () => (await focused(wb)).name).toBe('Merge the selected users');
    const mergeButton = wb.app.getByRole('button', { name: 'Merge…' });
    await expect.poll(() => mergeButton.isEnabled()).toBe(true);
    await tabTo(wb, 'Merge…');
    await wb.page.keyboard.press('Enter');
    await wb.app.getByRole('dialog').waitFor();
    await expect.poll(() => focused(wb)).toMatchObject({ tag: 'input', inDialog: true });
    await wb.page.keyboard.press('Space');
    await tabTo(wb, 'Merge and delete');
    await wb.page.keyboard.press('Enter');
    await wb.app.getByText(/This is the user who remains/).waitFor();
    expect(await wb.page.evaluate(() => window.workbench?.requests().filter((r) => r.endpoint === 'users.merge').length)).toBe(3);
  });

  it('opens and closes an identity\'s actions and the add form, focus returning to what opened them', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await wb.app.locator('[data-identity-id]').first().waitFor();
    await enterApp(wb);
    await tabTo(wb, /^Actions for /);
    const toggleName = (await focused(wb)).name;
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.press('Tab');
    await expect.poll(async () => (await focused(wb)).name).toMatch(/^(Make primary|Verify|Send verification|Remove)/);
    await tabTo(wb, toggleName, { back: true });
    await wb.page.keyboard.press('Space');
    expect(await wb.app.getByRole('button', { name: toggleName }).getAttribute('aria-expanded')).toBe('false');

    await tabTo(wb, 'Add identity');
    await wb.page.keyboard.press('Enter');
    await expect.poll(() => focused(wb)).toMatchObject({ tag: 'input' });
    await tabTo(wb, 'Cancel');
    await wb.page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(wb)).name).toBe('Add identity');
  });

  it('closes an identity\'s open actions when the add form opens, one thing open at a time', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await wb.app.locator('[data-identity-id]').first().waitFor();
    await enterApp(wb);
    await tabTo(wb, /^Actions for /);
    const toggleName = (await focused(wb)).name;
    await wb.page.keyboard.press('Enter');
    expect(await wb.app.getByRole('button', { name: toggleName }).getAttribute('aria-expanded')).toBe('true');
    await tabTo(wb, 'Add identity');
    await wb.page.keyboard.press('Enter');
    await expect.poll(() => focused(wb)).toMatchObject({ tag: 'input' });
    expect(await wb.app.getByRole('button', { name: toggleName }).getAttribute('aria-expanded')).toBe('false');
    // Back up to the actions: opening them folds the form away.
    await tabTo(wb, toggleName, { back: true });
    await wb.page.keyboard.press('Enter');
    await expect.poll(() => wb.app.getByRole('form', { name: 'New identity' }).count()).toBe(0);
    expect(await wb.app.getByRole('button', { name: toggleName }).getAttribute('aria-expanded')).toBe('true');
  });

  it('reaches "Try again" in a section that waits for the failed user read, and one retry brings every section back', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await wb.setFaults([{ endpoint: 'users.show', kind: 'status', status: 500, apply: 'once' }]);
    await wb.page.evaluate(() => window.workbench?.reloadApp());
    const merge = wb.app.getByRole('region', { name: 'Merge' });
    await merge.getByText("Not available until the user's details have loaded.").waitFor();
    await enterApp(wb);
    // Past the identities' own "Try again", to the last section's.
    for (let press = 0; press < 4; press++) {
      await tabTo(wb, 'Try again');
      if (await merge.getByRole('button', { name: 'Try again' }).evaluate((button) => button === document.activeElement)) break;
      await wb.page.keyboard.press('Tab');
    }
    await wb.page.keyboard.press('Enter');
    await merge.getByRole('button', { name: 'Merge into another user…' }).waitFor();
    await wb.app.getByRole('region', { name: 'Access' }).getByRole('button', { name: 'Suspend user' }).waitFor();
    await expect.poll(() => wb.app.locator('[data-identity-id]').count()).toBeGreaterThan(0);
    expect(await wb.app.getByRole('button', { name: 'Try again' }).count()).toBe(0);
  });
});
