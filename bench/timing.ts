import type { BrowserContext, Page } from 'playwright-core';
import { MARKS_SCRIPT } from './marks.ts';
import type { Marks } from './marks.ts';

export interface Timing {
  header: number;
  full: number;
}

async function frameMarks(page: Page): Promise<Marks> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const marks = (await frame.evaluate('window.__benchMarks').catch(() => undefined)) as Marks | undefined;
    if (marks?.full !== undefined) return marks;
  }
  return {};
}

/** Opens the workbench once and reads when the header and the full view painted, from iframe creation. */
export async function timeOneLoad(context: BrowserContext, url: string): Promise<Timing> {
  const page = await context.newPage();
  await page.addInitScript(MARKS_SCRIPT);
  await page.goto(url);
  const deadline = Date.now() + 20_000;
  let marks: Marks = {};
  while (Date.now() < deadline) {
    marks = await frameMarks(page);
    if (marks.full !== undefined && marks.header !== undefined) break;
    await page.waitForTimeout(20);
  }
  const iframe = (await page.evaluate('window.__benchMarks.iframe')) as number | undefined;
  await page.close();
  if (iframe === undefined || marks.header === undefined || marks.full === undefined) {
    throw new Error(`the view did not finish painting: ${url}`);
  }
  return { header: marks.header - iframe, full: marks.full - iframe };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Loads the app and the reference alternately, so both see the same machine load,
 * and answers the medians.
 */
export async function compareLoads(context: BrowserContext, appUrl: string, referenceUrl: string, runs: number) {
  const app: Timing[] = [];
  const reference: Timing[] = [];
  // One unmeasured load of each warms Chromium's caches and the servers.
  await timeOneLoad(context, appUrl);
  await timeOneLoad(context, referenceUrl);
  for (let run = 0; run < runs; run++) {
    app.push(await timeOneLoad(context, appUrl));
    reference.push(await timeOneLoad(context, referenceUrl));
  }
  const summary = (list: Timing[]) => ({ header: median(list.map((t) => t.header)), full: median(list.map((t) => t.full)) });
  return { app: summary(app), reference: summary(reference) };
}
