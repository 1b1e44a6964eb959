import { settled } from './settled.ts';
import type { WorkbenchPage } from './workbench.ts';

/**
 * Waits until the panel stops moving: identities painted, the chunk that follows them arrived
 * (its duplicates button, named in the page's language), and the requester's details in place of their placeholder. Blocks
 * that arrive above a control shift it down; a click aimed before the shift can land elsewhere.
 */
export async function panelSettled(wb: WorkbenchPage, findDuplicates = 'Find possible duplicates'): Promise<void> {
  await wb.app.locator('[data-identity-id]').first().waitFor();
  await wb.app.getByRole('button', { name: findDuplicates }).waitFor();
  await wb.app.locator('section.context').waitFor();
  // And the frame as tall as all that: a resize still on its way moves what a click aims at.
  await settled(wb.page);
}
