import { describe, expect, it } from 'vitest';
import type { WorkbenchPage } from './support/workbench.ts';
import { seriousViolations, useWorkbench } from './support/workbench.ts';
import { settled } from './support/settled.ts';

const open = useWorkbench();

/** The endpoints the account answered, oldest first. */
async function endpoints(wb: WorkbenchPage): Promise<string[]> {
  return wb.page.evaluate(() => window.workbench?.requests().map((entry) => entry.endpoint ?? '').reverse() ?? []);
}

const iframeHeight = (wb: WorkbenchPage) => wb.page.evaluate(() => document.querySelector<HTMLIFrameElement>('#app-frame iframe')?.getBoundingClientRect().height ?? 0);

describe('250 identities behind a sideload cut at 100', () => {
  it('reads the rest after the counts, then keeps all of them within one screen, filterable by keyboard', async () => {
    const wb = await open({ scenario: 'many-identities', role: 'agent' });
    const identities = wb.app.getByRole('region', { name: 'Identities' });
    await identities.getByText('250 identities').waitFor({ timeout: 20_000 });
    // The two first reads, then the pages, 100 at a time.
    const log = await endpoints(wb);
    expect(log.slice(0, 2).sort()).toEqual(['users.related', 'users.show']);
    expect(log.filter((name) => name === 'identities.list')).toHaveLength(3);

    const showMore = identities.getByRole('button', { name: 'Show 245 more' });
    await showMore.focus();
    await wb.page.keyboard.press('Enter');
    const all = identities.getByRole('region', { name: 'Email: all identities' });
    await all.waitFor();
    expect(await all.getByRole('listitem').count()).toBe(250);
    // The list scrolls inside itself: the panel stays about a screen tall, Merge within reach.
    await expect.poll(() => iframeHeight(wb)).toBeLessThan(1_800);
    const frame = await wb.frame();
    const gap = await frame.evaluate(() => {
      const list = document.querySelector('.identity-scroll')?.getBoundingClientRect();
      const merge = document.getElementById('merge-heading')?.getBoundingClientRect();
      return list && merge ? merge.top - list.bottom : Number.POSITIVE_INFINITY;
    });
    expect(gap).toBeLessThan(900);
    await wb.screenshot('identities-250');

    const filter = identities.getByRole('searchbox', { name: 'Filter Email' });
    // The button that opened the list is gone; the focus is in the filter box.
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('searchbox');
    await wb.page.keyboard.type('relay-24');
    await identities.getByRole('status').filter({ hasText: '10 of 250 shown' }).waitFor();
    expect(await all.getByRole('listitem').count()).toBe(10);
    await filter.fill('');
    await wb.page.keyboard.press('Tab');
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Email: all identities');
    await wb.page.keyboard.press('PageDown');
    await expect.poll(() => frame.evaluate(() => document.querySelector('.identity-scroll')?.scrollTop ?? 0)).toBeGreaterThan(0);
    expect(await seriousViolations(frame)).toEqual([]);
  });

  it('keeps what loaded when a page fails, and reads the rest on Try again', async () => {
    const wb = await open({ scenario: 'many-identities', role: 'agent' });
    // Every page read fails until the failure is shown: a fault for one request only could be
    // spent by the app instance that the reload replaces, which may still be reading pages.
    await wb.setFaults([{ endpoint: 'identities.list', kind: 'status', status: 500, apply: 'always' }]);
    await wb.workbench((api) => api.reloadApp());
    await wb.workbench((api) => api.ready());
    const identities = wb.app.getByRole('region', { name: 'Identities' });
    await identities.getByText(/^Not every identity could be loaded/).waitFor({ timeout: 20_000 });
    expect(await identities.getByText('Counting…').isVisible()).toBe(true);
    expect(await identities.getByRole('listitem').count()).toBeGreaterThan(0);
    await wb.setFaults([]);
    await identities.getByRole('button', { name: 'Try again' }).click();
    await identities.getByText('250 identities').waitFor({ timeout: 20_000 });
  });
});

describe('removing a messaging identity', () => {
  it('warns that messaging with the user can break, then removes it once confirmed', async () => {
    const wb = await open({ scenario: 'messaging-user', role: 'agent' });
    const identities = wb.app.getByRole('region', { name: 'Identities' });
    await identities.getByText('5 identities').waitFor({ timeout: 20_000 });
    for (const heading of ['Messaging', 'Channel integration', 'External account']) {
      await identities.getByRole('heading', { level: 3, name: heading }).waitFor();
    }
    const value = '6f1c9a2e4b7d4e0c9a1b2c3d';
    await settled(wb.page);
    await identities.getByRole('button', { name: `Actions for ${value}` }).click();
    await identities.getByRole('button', { name: `Remove ${value}` }).click();
    const dialog = wb.app.getByRole('dialog');
    await dialog.getByText(/removing it can break messaging with this user/).waitFor();
    await wb.screenshot('remove-messaging-identity');
    expect(await seriousViolations(await wb.frame())).toEqual([]);
    expect((await endpoints(wb)).filter((name) => name === 'identities.delete')).toHaveLength(0);
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await identities.getByText('4 identities').waitFor();
    expect((await endpoints(wb)).filter((name) => name === 'identities.delete')).toHaveLength(1);
    expect(await identities.getByRole('heading', { level: 3, name: 'Messaging' }).count()).toBe(0);
  });
});
