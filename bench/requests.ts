import type { BrowserContext, Page } from 'playwright-core';

export interface RequestCounts {
  /** Reads of the requester on first view (the profile and the related counts). */
  firstView: number;
  /** Reads of what the agent's role allows (users/me, custom roles): after the first reads, once per agent. */
  permissionReads: number;
  reactivation: number;
  requesterSwitch: number;
}

async function requestCount(page: Page): Promise<number> {
  return (await page.evaluate('window.workbench.requests().length')) as number;
}

/** Waits until nothing is in flight and the count has been still for a while (a bench, not a test: it polls). */
async function settled(page: Page): Promise<number> {
  let last = -1;
  for (let still = 0; still < 5; ) {
    await page.waitForTimeout(100);
    const count = await requestCount(page);
    const inFlight = (await page.evaluate('window.workbench.inFlight()')) as number;
    still = count === last && inFlight === 0 ? still + 1 : 0;
    last = count;
  }
  return last;
}

export async function countRequests(context: BrowserContext, workbenchUrl: string, switchTo: number): Promise<RequestCounts> {
  const page = await context.newPage();
  await page.goto(workbenchUrl);
  await page.waitForFunction('window.workbench !== undefined');
  await page.evaluate('window.workbench.ready()');
  const all = await settled(page);
  const permissionReads = (await page.evaluate(
    `window.workbench.requests().filter((r) => r.endpoint === 'users.me' || String(r.endpoint).startsWith('custom_roles')).length`,
  )) as number;
  const firstView = all - permissionReads;
  await page.evaluate('window.workbench.deactivate(); window.workbench.activate()');
  const afterActivation = await settled(page);
  await page.evaluate(`window.workbench.setRequester(${switchTo})`);
  const afterSwitch = await settled(page);
  await page.close();
  return { firstView, permissionReads, reactivation: afterActivation - all, requesterSwitch: afterSwitch - afterActivation };
}

/** Types a query into the merge search at a steady pace and counts the searches sent. */
export async function searchesWhileTyping(context: BrowserContext, workbenchUrl: string, text: string, msPerKey: number) {
  const page = await context.newPage();
  await page.goto(workbenchUrl);
  await page.waitForFunction('window.workbench !== undefined');
  await page.evaluate('window.workbench.ready()');
  const app = page.frameLocator('#app-frame iframe');
  await app.getByRole('button', { name: 'Merge into another user…' }).click();
  const box = app.getByRole('combobox');
  await box.waitFor();
  const before = (await page.evaluate(`window.workbench.requests().filter((r) => r.endpoint === 'users.search').length`)) as number;
  const started = Date.now();
  await box.pressSequentially(text, { delay: msPerKey });
  const typingMs = Date.now() - started;
  await settled(page);
  const after = (await page.evaluate(`window.workbench.requests().filter((r) => r.endpoint === 'users.search').length`)) as number;
  await page.close();
  return { searches: after - before, typingMs };
}

export interface ShiftCounts {
  /** Ticket views: the page's first ticket and each tab opened after it. */
  views: number;
  /** Every API request the account answered for the whole shift. */
  requests: number;
  /** Of which reads of what the agent may do (users/me, custom roles). */
  roleReads: number;
}

const ACTION = 'section[aria-labelledby="access-heading"] button';

/**
 * The shift model: one agent page, the workbench's ticket first, then a ticket tab for each of
 * `requesters` opened one after another (each a new app instance, as Zendesk makes one per
 * open ticket), some requesters repeated within the minute. Each tab is opened once the one
 * before has its actions and nothing is in flight; every request of the page is counted.
 */
export async function shiftRequests(context: BrowserContext, workbenchUrl: string, requesters: readonly number[]): Promise<ShiftCounts> {
  const page = await context.newPage();
  await page.goto(workbenchUrl);
  await page.waitForFunction('window.workbench !== undefined');
  await page.evaluate('window.workbench.ready()');
  await page.frameLocator('#app-frame iframe').locator(ACTION).waitFor({ timeout: 20_000 });
  await settled(page);
  for (const id of requesters) {
    const tab = (await page.evaluate(`window.workbench.openTicketTab(${id})`)) as number;
    await page.frameLocator(`#ticket-tabs [data-tab="${tab}"] iframe`).locator(ACTION).waitFor({ timeout: 20_000 });
    await settled(page);
  }
  const requests = await requestCount(page);
  const roleReads = (await page.evaluate(
    `window.workbench.requests().filter((r) => r.endpoint === 'users.me' || String(r.endpoint).startsWith('custom_roles')).length`,
  )) as number;
  await page.close();
  return { views: requesters.length + 1, requests, roleReads };
}
