import { describe, expect, it } from 'vitest';
import { seriousViolations, useWorkbench } from './support/workbench.ts';

const open = useWorkbench();

describe('a deleted requester', () => {
  for (const [scenario, how] of [['deleted-inactive', '200 with active: false'], ['deleted-requester', '404']] as const) {
    it(`shows one deleted-user state when Zendesk answers ${how}`, async () => {
      const wb = await open({ scenario, role: 'agent' });
      const message = wb.app.getByText('This user no longer exists. They may have been deleted or merged into another user.');
      await message.waitFor();
      expect(await message.count()).toBe(1);
      // No role badge, no way to a profile that is gone, no sections, no actions.
      expect(await wb.app.getByRole('button', { name: /Open profile|View profile|profile of/i }).count()).toBe(0);
      expect(await wb.app.locator('.header .badge').filter({ visible: true }).count()).toBe(0);
      expect(await wb.app.getByRole('region').count()).toBe(0);
      expect(await wb.app.getByRole('button').count()).toBe(0);
      expect(await seriousViolations(await wb.frame())).toEqual([]);
      await wb.screenshot(`deleted-${scenario}`);
    });
  }
});
