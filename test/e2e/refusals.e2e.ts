import { describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { useWorkbench } from './support/workbench.ts';
import { panelSettled } from './support/panel.ts';

const open = useWorkbench();
const SHARED = 'This user is shared from another Zendesk account, so they can only be changed there.';

async function requests(wb: WorkbenchPage, endpoint: string) {
  return wb.page.evaluate((name) => window.workbench?.requests().filter((entry) => entry.endpoint === name) ?? [], endpoint);
}

async function showRequester(wb: WorkbenchPage, id: number, name: string) {
  await wb.page.evaluate((userId) => window.workbench?.setRequester(userId), id);
  await wb.app.getByRole('heading', { level: 1, name }).waitFor();
  await panelSettled(wb);
}

describe('refusals that concern one user', () => {
  it('offers a shared requester no change, and says why once, to an admin too', async () => {
    const wb = await open({ scenario: 'shared-user', role: 'admin' });
    await panelSettled(wb);
    await wb.app.getByText(SHARED).waitFor();
    expect(await wb.app.getByText(SHARED).count()).toBe(1);
    expect(await wb.app.getByRole('button', { name: /Suspend/ }).count()).toBe(0);
    expect(await wb.app.getByRole('button', { name: 'Merge into another user…' }).count()).toBe(0);
    expect(await wb.app.getByRole('button', { name: 'Add identity' }).count()).toBe(0);
    await wb.screenshot('shared-requester');
    expect(await requests(wb, 'users.update')).toHaveLength(0);
  });

  it('keeps a 403 with its requester: the next requester, and a new instance of the page, are offered the action', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await panelSettled(wb);
    await wb.setFaults([{ endpoint: 'users.update', kind: 'status', status: 403, apply: 'once' }]);
    const access = wb.app.getByRole('region', { name: 'Access' });
    await access.getByRole('button', { name: 'Suspend user' }).click();
    const dialog = wb.app.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
    await dialog.getByText('Zendesk refused the change: \u2068You do not have access to this page.\u2069').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await access.getByText(/^Zendesk refused this change for this user earlier/).waitFor();
    expect(await access.getByRole('button', { name: 'Suspend user' }).count()).toBe(0);
    // The agent's own role is read again once; it still says agent, so nothing else changes.
    await expect.poll(async () => (await requests(wb, 'users.me')).length).toBe(2);
    await wb.screenshot('refused-for-this-user');

    await showRequester(wb, people.zoe, 'Zoë Lindqvist');
    await access.getByRole('button', { name: 'Suspend user' }).waitFor();
    await showRequester(wb, people.ordinary, 'Dana Whitfield');
    await access.getByText(/^Zendesk refused this change for this user earlier/).waitFor();

    // A new app instance in the same page and browser session, as "Reload all apps" makes one.
    await wb.workbench((api) => api.reloadApp());
    await wb.workbench((api) => api.ready());
    // The page is scrolled down to the old instance's Access section; a cross-origin frame out of
    // view gets no animation frames from Chromium, and the panel loads its actions after one.
    await wb.page.locator('#app-frame iframe').scrollIntoViewIfNeeded();
    // Only the new instance offers Dana's suspension: the one it replaced said why not.
    await access.getByRole('button', { name: 'Suspend user' }).waitFor();
    await panelSettled(wb);
    await access.getByRole('button', { name: 'Suspend user' }).click();
    await dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
    await access.getByRole('button', { name: 'Unsuspend user' }).waitFor();
  });
});

describe('a requester the workspace could not read', () => {
  it('says so, never that there is no requester, and reads it again on Try again', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await panelSettled(wb);
    // Start-up asks for the agent and the requester in one get: only the requester fails.
    await wb.workbench((api) => api.setUnreadablePaths(['ticket.requester']));
    await wb.workbench((api) => api.reloadApp());
    await wb.workbench((api) => api.ready());
    await wb.page.locator('#app-frame iframe').scrollIntoViewIfNeeded();
    const notice = wb.app.getByRole('alert');
    await notice.getByText('Could not read the requester from Zendesk.').waitFor();
    expect(await wb.app.getByText(/No requester yet/).count()).toBe(0);
    await wb.workbench((api) => api.setUnreadablePaths([]));
    await notice.getByRole('button', { name: 'Try again' }).click();
    await wb.app.getByRole('heading', { level: 1, name: 'Dana Whitfield' }).waitFor();
  });
});
