import { describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { seriousViolations, useWorkbench } from './support/workbench.ts';

const open = useWorkbench();

async function requests(wb: WorkbenchPage, endpoint: string) {
  return wb.page.evaluate((name) => window.workbench?.requests().filter((entry) => entry.endpoint === name) ?? [], endpoint);
}

describe('permissions from Zendesk', () => {
  it('reads a light agent (ZAF role "agent") from the API, and says once that the panel is read-only', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'light-agent' });
    const reason = wb.app.getByText('Light agents can view this panel but cannot change users.');
    await reason.waitFor();
    expect(await reason.count()).toBe(1);
    expect(await wb.app.getByRole('button', { name: 'Suspend user' }).count()).toBe(0);
    expect(await wb.app.getByRole('button', { name: 'Add identity' }).count()).toBe(0);
    expect(await wb.app.getByRole('button', { name: 'Merge into another user…' }).count()).toBe(0);
    expect(await requests(wb, 'users.me')).toHaveLength(1);
    expect(await seriousViolations(await wb.frame())).toEqual([]);
  });

  it('sends the role read with the first view\'s reads, without waiting for their answers', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await wb.app.getByRole('button', { name: 'Suspend user' }).waitFor();
    // The workbench's Chromium refuses the cross-site frame its storage: a new instance reads the role again.
    await wb.setFaults([{ endpoint: 'users.show', kind: 'latency', ms: 1500, apply: 'once' }]);
    await wb.page.evaluate(() => window.workbench?.reloadApp());
    await expect.poll(async () => (await requests(wb, 'users.me')).length).toBe(2);
    // The profile is still on its way: the role read left beside it, not after it.
    expect(await wb.app.locator('[data-identity-id]').count()).toBe(0);
    await wb.app.getByRole('button', { name: 'Suspend user' }).waitFor();
    expect(await requests(wb, 'users.me')).toHaveLength(2);
  });

  it('lets a custom role that edits but does not delete end users suspend, and explains why it cannot merge', async () => {
    const wb = await open({ scenario: 'duplicates', role: 'profile-editor' });
    const access = wb.app.getByRole('region', { name: 'Access' });
    await access.getByRole('button', { name: 'Suspend user' }).waitFor();
    const merge = wb.app.getByRole('region', { name: 'Merge' });
    await merge.getByText('Your Zendesk role can edit end users but not delete them, and a merge deletes the merged user.').waitFor();
    expect(await merge.getByRole('button', { name: 'Merge into another user…' }).count()).toBe(0);
    // ZAF names the custom role: its configuration is one request, no /users/me.
    expect(await requests(wb, 'custom_roles.list')).toHaveLength(1);
    expect(await requests(wb, 'users.me')).toHaveLength(0);
    await wb.screenshot('permissions-profile-editor');
  });

  it('gives a read-only custom role a read-only panel, said once', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'read-only' });
    const reason = wb.app.getByText('Your Zendesk role can view end users but not change them, so this panel is read-only.');
    await reason.waitFor();
    expect(await reason.count()).toBe(1);
    expect(await wb.app.getByRole('button', { name: 'Suspend user' }).count()).toBe(0);
    expect(await wb.app.getByRole('button', { name: /Actions for/ }).count()).toBe(0);
  });

  it('asks once per agent: the next requester costs no request, even where storage is blocked', async () => {
    // The workbench frames the app cross-site, as Zendesk does; this Chromium refuses such a frame
    // its sessionStorage, so the answer is kept in memory for the app instance.
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await wb.app.getByRole('button', { name: 'Suspend user' }).waitFor();
    expect(await requests(wb, 'users.me')).toHaveLength(1);
    await wb.page.evaluate((id) => window.workbench?.setRequester(id), people.zoe);
    await wb.app.getByRole('heading', { level: 1, name: 'Zoë Lindqvist' }).waitFor();
    await wb.app.getByRole('button', { name: 'Suspend user' }).waitFor();
    expect(await requests(wb, 'users.me')).toHaveLength(1);
  });
});
