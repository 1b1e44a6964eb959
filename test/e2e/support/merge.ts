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

/**
 * In the several-accounts scenario: finds Maya's three possible duplicates, selects them all
 * and opens the batch merge, waiting for its recommendation.
 */
export async function selectAllDuplicates(wb: WorkbenchPage): Promise<void> {
  await wb.app.getByRole('heading', { level: 1, name: 'Maya Okonkwo' }).waitFor();
  const section = wb.app.getByRole('region', { name: 'Possible duplicates' });
  await section.getByRole('button', { name: 'Find possible duplicates' }).click();
  await section.getByRole('status').getByText('3 possible duplicates found.').waitFor();
  for (const box of await section.getByRole('checkbox', { name: /^Select / }).all()) await box.check();
  await section.getByRole('button', { name: 'Merge 3 selected users…' }).click();
  await wb.app.getByRole('heading', { name: 'Merge the selected users' }).waitFor();
  await wb.app.getByText(/^Recommended: keep MAYA OKONKWO/).waitFor();
}
