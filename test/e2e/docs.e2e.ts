import { describe, expect, it } from 'vitest';
import { createAccount, people } from '../../dev/zendesk/index.ts';
import { openComparison } from './support/merge.ts';
import { panelSettled } from './support/panel.ts';
import { useWorkbench } from './support/workbench.ts';

const open = useWorkbench();
const seed = createAccount();
// A Monday morning in London, a few days after the scenarios' latest ticket.
const NOW = new Date('2024-06-03T09:30:00Z');

// The README's pictures, taken the same way each time: `npm run screenshots` writes them to docs/.
describe('the screenshots in the documentation', () => {
  it('shows the whole sidebar of an ordinary requester, down to the Merge section', async () => {
    const wb = await open({ scenario: 'ordinary', role: 'agent' }, undefined, NOW);
    await panelSettled(wb);
    const merge = wb.app.getByRole('button', { name: 'Merge into another user…' });
    await merge.waitFor();
    await wb.screenshot('sidebar', { docs: true });
    // The last control of the panel lies inside the app's box: the shot holds all of it.
    const box = await wb.page.locator('.app-box').boundingBox();
    const last = await merge.boundingBox();
    expect(box && last && last.y + last.height <= box.y + box.height).toBe(true);
  });

  it('shows the comparison before a merge whole, down to its merge button', async () => {
    const wb = await open({ scenario: 'duplicates', role: 'agent' }, undefined, NOW);
    await wb.app.getByRole('heading', { level: 1, name: seed.getUser(people.zoe)?.name ?? '' }).waitFor();
    await openComparison(wb, 'zoe@lindqvist-design', /ZOE LINDQVIST/);
    await wb.app.getByRole('radio', { name: /^Keep ZOE LINDQVIST/ }).check();
    const mergeButton = wb.app.getByRole('button', { name: 'Merge…' });
    await mergeButton.waitFor();
    await wb.screenshot('merge-compare', { docs: true });
    const box = await wb.page.locator('.app-box').boundingBox();
    const last = await mergeButton.boundingBox();
    expect(box && last && last.y + last.height <= box.y + box.height).toBe(true);
  });
});
