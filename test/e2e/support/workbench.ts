import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { WorkbenchFault } from '../../../dev/host/workbench.ts';
import { launchBrowser } from './browser.ts';
import type { Browser } from './browser.ts';

export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

export interface WorkbenchPage {
  page: Page;
  /** The app, inside its cross-origin iframe. */
  app: FrameLocator;
  frame(): Promise<Frame>;
  /** Runs code against window.workbench in the host page. */
  workbench<T>(fn: (api: NonNullable<Window['workbench']>) => T | Promise<T>): Promise<T>;
  /** The account's faults and the workspace's (`{ endpoint: 'resize', kind: 'latency', ms }`). */
  setFaults(faults: WorkbenchFault[]): Promise<void>;
  screenshot(name: string): Promise<void>;
}

export type Query = Record<string, string | number>;

/** One Chromium per test file; each test opens its own page on the shared workbench. */
export function useWorkbench() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  // Each test's page is closed after it: the app instances of pages still open would tell a new
  // page's instances what they read (shell/share.ts), as the agent's tabs of one account do, but
  // every workbench page is an account of its own.
  const pages: Page[] = [];
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
  });

  /** `init` runs in every frame of the page before its own scripts (Playwright's addInitScript). */
  return async function open(query: Query = {}, init?: () => void): Promise<WorkbenchPage> {
    if (!browser) throw new Error('the browser is not started');
    const page = await browser.context.newPage();
    pages.push(page);
    if (init) await page.addInitScript(init);
    const url = new URL(inject('workbenchUrl'));
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
    await page.goto(url.href);
    await page.waitForFunction(() => window.workbench !== undefined);
    await page.evaluate(() => window.workbench?.ready());
    const app = page.frameLocator('#app-frame iframe');
    const workbench = async <T>(fn: (api: NonNullable<Window['workbench']>) => T | Promise<T>) =>
      page.evaluate(`(${fn.toString()})(window.workbench)`) as Promise<T>;
    return {
      page,
      app,
      async frame() {
        const handle = await page.waitForSelector('#app-frame iframe');
        const frame = await handle.contentFrame();
        if (!frame) throw new Error('the app iframe has no frame');
        return frame;
      },
      workbench,
      async setFaults(faults) {
        await page.evaluate((list) => window.workbench?.setFaults(list), faults);
      },
      async screenshot(name) {
        await mkdir(SCREENSHOTS, { recursive: true });
        await page.locator('.app-box').screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
      },
    };
  };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core inside the app's frame; returns serious and critical violations. */
export async function seriousViolations(frame: Frame): Promise<AxeViolation[]> {
  const source = await readFile(axePath, 'utf8');
  await frame.evaluate(source);
  const violations = (await frame.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`)) as AxeViolation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
