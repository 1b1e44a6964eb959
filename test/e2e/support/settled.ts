import type { Frame, Page } from 'playwright-core';

/** Where an app frame sits in the workbench: the main tab (1) or a tab opened with openTicketTab. */
export function frameSelector(tab = 1): string {
  return tab === 1 ? '#app-frame iframe' : `#ticket-tabs [data-tab="${tab}"] iframe`;
}

async function frameOf(page: Page, tab: number): Promise<Frame> {
  const handle = await page.waitForSelector(frameSelector(tab));
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`tab ${tab}'s app iframe has no frame`);
  return frame;
}

/** The app's content height in its frame, read after its next two animation frames (layout done). */
function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => new Promise<number>((measured) => {
    requestAnimationFrame(() => requestAnimationFrame(() => {
      measured(Math.ceil(document.querySelector('main.app')?.getBoundingClientRect().height ?? 0));
    }));
  }));
}

/**
 * Waits until an app frame has settled, read from the host page's side: no resize the page has yet
 * to apply, the frame as tall as the app last asked, and the app's content as tall as that (it has
 * nothing left to ask). A press and a release either side of a resize can land on different
 * elements: journeys that act right after a load wait for this first. Throws after `timeoutMs`.
 */
export async function settled(page: Page, tab = 1, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const frame = await frameOf(page, tab);
  for (;;) {
    const left = Math.max(1, deadline - Date.now());
    await page.waitForFunction((which) => {
      const height = window.workbench?.frameHeight(which);
      return height !== null && height !== undefined && height.pending === 0 && height.asked !== null && height.asked === height.applied;
    }, tab, { timeout: left });
    const content = await contentHeight(frame);
    const height = await page.evaluate((which) => window.workbench?.frameHeight(which) ?? null, tab);
    if (height && height.pending === 0 && height.applied === `${content}px`) return;
    if (Date.now() > deadline) throw new Error(`tab ${tab}'s frame did not settle: ${JSON.stringify(height)}, content ${content}px`);
  }
}
