import { describe, expect, it } from 'vitest';
import { createAccount, people } from '../../dev/zendesk/index.ts';
import { panelSettled } from './support/panel.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { useWorkbench } from './support/workbench.ts';
import { stringsOf } from './support/strings.ts';

const open = useWorkbench();
const seed = createAccount();

type Places = Record<string, { top: number; left: number }>;

declare global {
  interface Window {
    /** Where each identity row was when the counts and the identities first painted together. */
    firstPlaces?: Places;
    /** Where each action section's first button was when it first appeared. */
    firstButtons?: Places;
  }
}

/** The buttons of the sections that arrive after the first view, by their section's heading id. */
const ACTION_BUTTONS = ['access-heading', 'duplicates-heading', 'merge-heading'];

/**
 * Runs in the app's frame before its scripts: the first time the counts and the identities are
 * both in the document, notes where each identity row is. A mutation observer's callback runs
 * before the browser paints that mutation, so this is where the agent first sees them.
 */
function noteFirstPlaces() {
  const places = (): Places => Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-identity-id]')].map((row) => {
    const box = row.getBoundingClientRect();
    return [row.dataset['identityId'] ?? '', { top: Math.round(box.top), left: Math.round(box.left) }];
  }));
  const buttons: Places = {};
  window.firstButtons = buttons;
  const observer = new MutationObserver(() => {
    for (const heading of ['access-heading', 'duplicates-heading', 'merge-heading']) {
      const button = document.querySelector<HTMLElement>(`section[aria-labelledby="${heading}"] button`);
      if (button && !buttons[heading]) {
        const box = button.getBoundingClientRect();
        buttons[heading] = { top: Math.round(box.top), left: Math.round(box.left) };
      }
    }
    if (window.firstPlaces || !document.querySelector('[data-count] dd') || !document.querySelector('[data-identity-id]')) return;
    window.firstPlaces = places();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Where each action section's first button is now. */
async function buttonsNow(wb: WorkbenchPage, headings: readonly string[]): Promise<Places> {
  const frame = await wb.frame();
  return frame.evaluate((ids) => Object.fromEntries(ids.map((heading) => {
    const box = document.querySelector(`section[aria-labelledby="${heading}"] button`)?.getBoundingClientRect();
    return [heading, { top: Math.round(box?.top ?? -1), left: Math.round(box?.left ?? -1) }];
  })), headings);
}

/** Where the identity rows are now. */
async function placesNow(wb: WorkbenchPage): Promise<Places> {
  const frame = await wb.frame();
  return frame.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-identity-id]')].map((row) => {
    const box = row.getBoundingClientRect();
    return [row.dataset['identityId'] ?? '', { top: Math.round(box.top), left: Math.round(box.left) }];
  })));
}

describe.each(['en', 'he'])('the panel keeps what painted first in its place (%s)', (locale) => {
  it.each(['ordinary', 'duplicates', 'hostile-markup'])('the identity rows stay where they first painted, and the action buttons where they appeared, while the rest of the panel arrives (%s)', async (scenario) => {
    const wb = await open({ scenario, locale }, noteFirstPlaces);
    await panelSettled(wb, stringsOf(locale)('duplicates.find'));
    await expect.poll(() => wb.app.locator('[data-standing="checking"]').count()).toBe(0);
    const frame = await wb.frame();
    await expect.poll(() => frame.evaluate(() => window.firstPlaces !== undefined)).toBe(true);
    const first = await frame.evaluate(() => window.firstPlaces ?? {});
    const requester = { ordinary: people.ordinary, duplicates: people.zoe, 'hostile-markup': people.hostile }[scenario] ?? 0;
    expect(Object.keys(first)).toHaveLength(seed.getIdentities(requester).length);
    // Two frames later, nothing is still on its way.
    await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await placesNow(wb)).toEqual(first);
    // The sections below arrive together, the requester's details with them: a button that has
    // appeared is where the agent will find it.
    const buttons = await frame.evaluate(() => window.firstButtons ?? {});
    expect(Object.keys(buttons).sort()).toEqual([...ACTION_BUTTONS].sort());
    expect(await buttonsNow(wb, ACTION_BUTTONS)).toEqual(buttons);
  });
});
