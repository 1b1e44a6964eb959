import type { WorkbenchPage } from './workbench.ts';

/**
 * Waits until the panel stops moving: identities painted, the chunk that follows them arrived
 * (its duplicates button), and the requester's details in place of their placeholder. Blocks
 * that arrive above a control shift it down; a click aimed before the shift can land elsewhere.
 */
export async function panelSettled(wb: WorkbenchPage): Promise<void> {
  await wb.app.locator('[data-identity-id]').first().waitFor();
  await wb.app.getByRole('button', { name: 'Find possible duplicates' }).waitFor();
  await wb.app.locator('section.context').waitFor();
}
