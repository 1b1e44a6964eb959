import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { WorkbenchFault } from '../../../dev/host/workbench.ts';
import { launchBrowser } from './browser.ts';
import type { Browser } from './browser.ts';

export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');
const DOCS = join(process.cwd(), 'docs');

export interface WorkbenchPage {
  page: Page;
  /** The app, inside its cross-origin iframe. */
  app: FrameLocator;
  frame(): Promise<Frame>;
  /** Runs code against window.workbench in the host page. */
  workbench<T>(fn: (api: NonNullable<Window['workbench']>) => T | Promise<T>): Promise<T>;
  /** The account's faults and the workspace's (`{ endpoint: 'resize', kind: 'latency', ms }`). */
  setFaults(faults: WorkbenchFault[]): Promise<void>;
  /**
   * Saves the app's box as test-results/screenshots/<name>.png, the whole frame drawn; with
   * `docs`, and DOCS_SCREENSHOTS=1 in the environment (`npm run screenshots`), as docs/<name>.png too.
   */
  screenshot(name: string, options?: { docs?: boolean }): Promise<void>;
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

  /**
   * `init` runs in every frame of the page before its own scripts (Playwright's addInitScript);
   * `fixedTime` is the time every frame's clock says (its timers still run), for pictures that
   * come out the same each time.
   */
  return async function open(query: Query = {}, init?: () => void, fixedTime?: Date): Promise<WorkbenchPage> {
    if (!browser) throw new Error('the browser is not started');
    const page = await browser.context.newPage();
    pages.push(page);
    if (init) await page.addInitScript(init);
    if (fixedTime) await page.clock.setFixedTime(fixedTime);
    const url = new URL(inject('workbenchUrl'));
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
    await page.goto(url.href);
    await page.waitForFunction(() => window.workbench !== undefined);
    await page.evaluate(() => window.workbench?.ready());
    const app = page.frameLocator('#app-frame iframe');
    const workbench = async <T>(fn: (api: NonNullable<Window['workbench']>) => T | Promise<T>) =>
      page.evaluate(`(${fn.toString()})(window.workbench)`) as Promise<T>;
    const frame = async () => {
      const handle = await page.waitForSelector('#app-frame iframe');
      const found = await handle.contentFrame();
      if (!found) throw new Error('the app iframe has no frame');
      return found;
    };
    return {
      page,
      app,
      frame,
      workbench,
      async setFaults(faults) {
        await page.evaluate((list) => window.workbench?.setFaults(list), faults);
      },
      async screenshot(name, options = {}) {
        await mkdir(SCREENSHOTS, { recursive: true });
        // The whole app, not only the part the apps column shows: the column unrolls and the
        // window grows to hold it meanwhile (Chromium paints a cross-origin frame only where the
        // window shows it).
        const size = page.viewportSize();
        await page.evaluate(() => document.body.classList.add('whole-column'));
        const box = await page.locator('.app-box').boundingBox();
        if (size && box) await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.ceil(box.y + box.height)) });
        const frames = () => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
        await page.evaluate(frames);
        await (await frame()).evaluate(frames);
        const shot = page.locator('.app-box');
        await shot.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
        if (options.docs && process.env['DOCS_SCREENSHOTS'] === '1') await shot.screenshot({ path: join(DOCS, `${name}.png`) });
        await page.evaluate(() => document.body.classList.remove('whole-column'));
        if (size) await page.setViewportSize(size);
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
