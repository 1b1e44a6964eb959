import { describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { seriousViolations, useWorkbench } from './support/workbench.ts';
import { settled } from './support/settled.ts';

const open = useWorkbench();

async function requests(wb: WorkbenchPage, endpoint: string) {
  return wb.page.evaluate((name) => window.workbench?.requests().filter((entry) => entry.endpoint === name) ?? [], endpoint);
}

async function suspendAndSignOut(wb: WorkbenchPage) {
  const access = wb.app.getByRole('region', { name: 'Access' });
  await access.getByRole('button', { name: 'Suspend user' }).waitFor();
  await settled(wb.page);
  await access.getByRole('button', { name: 'Suspend user' }).click();
  const dialog = wb.app.getByRole('dialog');
  const option = dialog.getByRole('checkbox', { name: 'Also sign them out of every session now' });
  expect(await option.isChecked()).toBe(true);
  expect(await seriousViolations(await wb.frame())).toEqual([]);
  await dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
  return access;
}

describe('suspend and sign out everywhere', () => {
  it('suspends, then ends every session, and says both', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    const access = await suspendAndSignOut(wb);
    await access.getByText('Dana Whitfield is signed out of every session.').waitFor();
    await access.getByText('Dana Whitfield is suspended.').waitFor();
    expect(await requests(wb, 'users.update')).toHaveLength(1);
    expect(await requests(wb, 'sessions.delete_all')).toHaveLength(1);
    const signOuts = await wb.page.evaluate(() => window.workbench?.account.signOuts.map((entry) => entry.userId));
    expect(signOuts).toEqual([people.ordinary]);
    await wb.screenshot('suspend-signed-out');
  });

  it('says the user may still be signed in when the sign-out fails, and tries the sign-out alone again', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await wb.setFaults([{ endpoint: 'sessions.delete_all', kind: 'status', status: 503, apply: 'once' }]);
    const access = await suspendAndSignOut(wb);
    const failure = access.getByRole('alert').filter({ hasText: 'is suspended, but may still be signed in' });
    await failure.waitFor();
    await wb.screenshot('suspend-sign-out-failed');
    await failure.getByRole('button', { name: 'Try again' }).click();
    await access.getByText('Dana Whitfield is signed out of every session.').waitFor();
    expect(await requests(wb, 'users.update')).toHaveLength(1);
    expect(await requests(wb, 'sessions.delete_all')).toHaveLength(2);
  });
});
