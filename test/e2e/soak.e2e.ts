import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { useWorkbench } from './support/workbench.ts';

const open = useWorkbench();

const SWITCHES = 100;
const ACTIVATIONS = 50;
/**
 * How much the app's JS heap may grow, after garbage collection, over the whole shift: 1 MiB.
 * Each requester answer is a few KB of text; 2.0.11 as published kept every one of them (about
 * three per switch), and the panel keeps a few small caches per requester seen.
 */
const HEAP_GROWTH_BOUND_BYTES = 1024 * 1024;

const REQUESTERS = [
  { id: people.ordinary, name: 'Dana Whitfield' },
  { id: people.zoe, name: 'Zoë Lindqvist' },
  { id: people.maya, name: 'Maya Okonkwo' },
  { id: people.anna, name: 'Anna Müller' },
];

interface Census {
  /** Subscriptions to host events, as the workbench counts the SDK's iframe.on / iframe.off. */
  liveHandlers: number;
  /** Subscriptions still held for requests: in flight ones, and any kept after their answer. */
  requestHandlers: number;
  /** The app frame's JS heap after a full garbage collection, in bytes. */
  heapBytes: number;
}

async function census(wb: WorkbenchPage, cdp: CDPSession): Promise<Census> {
  await wb.page.waitForFunction(() => window.workbench?.inFlight() === 0);
  const subscriptions = await wb.workbench((api) => api.subscriptions());
  const entries = Object.entries(subscriptions);
  const count = (list: [string, number][]) => list.reduce((sum, [, n]) => sum + n, 0);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return {
    liveHandlers: count(entries.filter(([event]) => !event.startsWith('request:'))),
    requestHandlers: count(entries.filter(([event]) => event.startsWith('request:'))),
    heapBytes: usedSize,
  };
}

async function switchTo(wb: WorkbenchPage, index: number) {
  const next = REQUESTERS[index % REQUESTERS.length] ?? REQUESTERS[0];
  if (!next) throw new Error('no requesters');
  await wb.page.evaluate((id) => window.workbench?.setRequester(id), next.id);
  await wb.app.getByRole('heading', { level: 1, name: next.name }).waitFor();
  await wb.app.locator('[data-identity-id]').first().waitFor();
  await wb.page.waitForFunction(() => window.workbench?.inFlight() === 0);
}

describe('a shift in one app instance', () => {
  it(`keeps handlers and heap flat over ${SWITCHES} requester switches and ${ACTIVATIONS} activations`, async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await wb.app.getByRole('button', { name: 'Find possible duplicates' }).waitFor();
    // The app's frame is another site: its own renderer and heap, reached through its own session.
    const cdp = await wb.page.context().newCDPSession(await wb.frame());
    await cdp.send('HeapProfiler.enable');
    // A first round of every requester warms the caches that are meant to stay.
    for (let i = 1; i <= REQUESTERS.length; i += 1) await switchTo(wb, i);
    const before = await census(wb, cdp);

    for (let i = 1; i <= SWITCHES; i += 1) {
      await switchTo(wb, i);
      if (i % 2 === 0) await wb.workbench((api) => api.activate());
    }
    const after = await census(wb, cdp);
    await cdp.detach();

    expect(after.requestHandlers).toBe(0);
    expect(after.liveHandlers).toBe(before.liveHandlers);
    expect(after.heapBytes - before.heapBytes).toBeLessThan(HEAP_GROWTH_BOUND_BYTES);
  }, 180_000);
});
