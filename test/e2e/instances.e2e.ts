import { describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import { frameSelector, settled } from './support/settled.ts';
import { useWorkbench } from './support/workbench.ts';
import type { WorkbenchPage } from './support/workbench.ts';

const open = useWorkbench();

/** Requests of the account for one endpoint, in the whole agent page (every tab). */
async function requests(wb: WorkbenchPage, endpoint: string): Promise<string[]> {
  return wb.page.evaluate((name) => window.workbench?.requests().filter((entry) => entry.endpoint === name).map((entry) => entry.path) ?? [], endpoint);
}

async function roleReads(wb: WorkbenchPage): Promise<number> {
  return (await requests(wb, 'users.me')).length + (await requests(wb, 'custom_roles.list')).length;
}

/** The first tab is done reading: counts and identities painted, the role read and the actions offered. */
async function firstTabDone(wb: WorkbenchPage): Promise<void> {
  await wb.app.getByRole('button', { name: 'Suspend user' }).waitFor();
  await settled(wb.page);
}

describe('several app instances in one agent page', () => {
  it('reads the role once: a second ticket tab takes it from the first, though the frame may keep no storage', async () => {
    const wb = await open({ scenario: 'duplicates', role: 'agent' });
    await firstTabDone(wb);
    expect(await roleReads(wb)).toBe(1);
    // The workbench's Chromium refuses the cross-site frame its storage: only the page's other instance can tell.
    const tab = await wb.page.evaluate((id) => window.workbench?.openTicketTab(id), people.zoeShop);
    const second = wb.page.frameLocator(frameSelector(tab));
    await second.getByRole('button', { name: 'Suspend user' }).waitFor();
    await settled(wb.page, tab);
    expect(await roleReads(wb)).toBe(1);
    expect(await requests(wb, 'users.show')).toHaveLength(2);
  });

  it('reads a requester open in two tabs within 60 s once', async () => {
    const wb = await open({ scenario: 'duplicates', role: 'agent' });
    await firstTabDone(wb);
    const tab = await wb.page.evaluate((id) => window.workbench?.openTicketTab(id), people.zoe);
    const second = wb.page.frameLocator(frameSelector(tab));
    await second.locator('[data-identity-id]').first().waitFor();
    await second.getByRole('button', { name: 'Suspend user' }).waitFor();
    expect(await requests(wb, 'users.show')).toHaveLength(1);
    expect(await requests(wb, 'users.related')).toHaveLength(1);
    expect(await second.locator('[data-identity-id]').count()).toBe(await wb.app.locator('[data-identity-id]').count());
  });

  it('reads the requester again in a new tab after a change was made in another', async () => {
    const wb = await open({ scenario: 'duplicates', role: 'agent' });
    await firstTabDone(wb);
    await wb.app.getByRole('button', { name: 'Suspend user' }).click();
    await wb.app.getByRole('dialog').getByRole('button', { name: 'Suspend', exact: true }).click();
    await wb.app.locator('[data-suspended="true"]').waitFor();
    const tab = await wb.page.evaluate((id) => window.workbench?.openTicketTab(id), people.zoe);
    const second = wb.page.frameLocator(frameSelector(tab));
    await second.locator('[data-suspended="true"]').waitFor();
    expect(await requests(wb, 'users.show')).toHaveLength(2);
  });
});

describe('the frame settled, read from the host page', () => {
  it('waits out a resize the workspace applies late, and a click right after lands where it was aimed', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await wb.setFaults([{ endpoint: 'resize', kind: 'latency', ms: 400 }]);
    await wb.page.evaluate(() => window.workbench?.reloadApp());
    await wb.page.evaluate(() => window.workbench?.ready());
    await wb.app.getByRole('button', { name: 'Suspend user' }).waitFor();
    await settled(wb.page);
    const height = await wb.page.evaluate(() => window.workbench?.frameHeight());
    expect(height?.pending).toBe(0);
    expect(height?.applied).toBe(height?.asked);
    await wb.app.getByRole('button', { name: 'Suspend user' }).click();
    await wb.app.getByRole('dialog').waitFor();
  });

  it('keeps a pressed button under the pointer when the frame grows late between the press and the release', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await wb.setFaults([{ endpoint: 'resize', kind: 'latency', ms: 2000 }]);
    await wb.page.evaluate(() => window.workbench?.reloadApp());
    const suspend = wb.app.getByRole('button', { name: 'Suspend user' });
    await suspend.waitFor();
    // The frame is still the height of an earlier content: the button is reached by scrolling inside it.
    expect((await wb.page.evaluate(() => window.workbench?.frameHeight()))?.pending).toBeGreaterThan(0);
    await suspend.scrollIntoViewIfNeeded();
    const box = await suspend.boundingBox();
    if (!box) throw new Error('Suspend has no box');
    await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await wb.page.mouse.down();
    await wb.page.waitForFunction(() => window.workbench?.frameHeight()?.pending === 0);
    const frame = await wb.frame();
    await frame.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
    await wb.page.mouse.up();
    await wb.app.getByRole('dialog').waitFor();
  });
});
