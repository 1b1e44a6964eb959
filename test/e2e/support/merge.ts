import type { WorkbenchPage } from './workbench.ts';
import { settled } from './settled.ts';

/**
 * Opens the merge flow, searches for `search`, chooses the first option named `name` by keyboard,
 * and waits for the comparison with its recommendation.
 */
export async function openComparison(wb: WorkbenchPage, search: string, name: RegExp): Promise<void> {
  await wb.app.getByRole('button', { name: 'Merge into another user…' }).waitFor();
  await settled(wb.page);
  await wb.app.getByRole('button', { name: 'Merge into another user…' }).click();
  const box = wb.app.getByRole('combobox', { name: 'User to merge into' });
  await box.pressSequentially(search, { delay: 40 });
  await wb.app.getByRole('option', { name }).first().waitFor();
  await box.press('ArrowDown');
  await box.press('Enter');
  await wb.app.getByRole('heading', { name: 'Compare before merging' }).waitFor();
  await wb.app.getByText(/^Recommended: keep/).waitFor();
}
