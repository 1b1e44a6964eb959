import { describe, expect, it } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import { useWorkbench } from './support/workbench.ts';

const open = useWorkbench();

describe('the user sidebar follows the profile page', () => {
  it('re-reads the user when the profile page says the name changed', async () => {
    const wb = await open({ scenario: 'ordinary', location: 'user_sidebar', role: 'agent' });
    await wb.app.getByRole('heading', { level: 1, name: 'Dana Whitfield' }).waitFor();
    const reads = () => wb.page.evaluate(() => window.workbench?.requests().filter((entry) => entry.endpoint === 'users.show').length ?? 0);
    expect(await reads()).toBe(1);
    const heard = await wb.page.evaluate((id) => {
      const user = window.workbench?.account.users.get(id);
      if (user) user.name = 'Dana W. Fairfield';
      return window.workbench?.emit('user.name.changed', 'Dana W. Fairfield');
    }, people.ordinary);
    expect(heard).toBe(true);
    await wb.app.getByRole('heading', { level: 1, name: 'Dana W. Fairfield' }).waitFor();
    expect(await reads()).toBe(2);
  });
});
