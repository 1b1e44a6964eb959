import { describe, expect, it } from 'vitest';
import { createAccount, people } from '../../dev/zendesk/index.ts';
import { stringsOf } from './support/strings.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { useWorkbench } from './support/workbench.ts';

const open = useWorkbench();
const seed = createAccount();
const s = stringsOf('en');

const ccd = seed.getRelated(people.hostile)?.ccd_tickets ?? 0;
const countButton = (wb: WorkbenchPage) =>
  wb.app.getByRole('button', { name: s('related.showTickets', { label: s('related.ccd'), count: ccd }) });
const list = (wb: WorkbenchPage) => wb.app.getByRole('region', { name: s('tickets.listOf', { label: s('related.ccd') }) });

/**
 * Opens the app again with the profile read slowed down and the chunk that follows the first view
 * held back, so that the counts are on screen alone for a while. `release` lets the chunk through.
 */
async function openSlowly(roleMs = 0): Promise<{ wb: WorkbenchPage; release: () => void }> {
  const wb = await open({ scenario: 'hostile-markup' });
  await wb.app.locator('[data-identity-id]').first().waitFor();
  let release = () => {};
  const gate = new Promise<void>((go) => { release = go; });
  await wb.page.route(/\/RequesterActions-[\w-]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await wb.setFaults([
    { endpoint: 'users.show', kind: 'latency', ms: 1500, apply: 'once' },
    { endpoint: 'users.me', kind: 'latency', ms: roleMs, apply: 'once' },
  ]);
  await wb.page.evaluate(() => window.workbench?.reloadApp());
  return { wb, release };
}

describe('a click on a count right after the panel opens', () => {
  it('opens the list when it lands before the profile and the later chunk have arrived', async () => {
    const { wb, release } = await openSlowly();
    await countButton(wb).click();
    expect(await wb.app.locator('[data-identity-id]').count()).toBe(0);
    await expect.poll(() => countButton(wb).getAttribute('aria-expanded')).toBe('true');
    await list(wb).getByText('"><script>alert(document.domain)</script>').waitFor();
    release();
    await wb.app.getByRole('button', { name: s('duplicates.find') }).waitFor();
    expect(await countButton(wb).getAttribute('aria-expanded')).toBe('true');
    expect(await list(wb).getByRole('listitem').count()).toBe(1);
  });

  it('opens the list when the profile arrives between the press and the release', async () => {
    // The agent's role is read after the profile, slowly: the panel says it is checking meanwhile.
    const { wb, release } = await openSlowly(3000);
    const button = countButton(wb);
    await button.waitFor();
    const box = await button.boundingBox();
    if (!box) throw new Error('the count has no box');
    await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await wb.page.mouse.down();
    await wb.app.locator('[data-identity-id]').first().waitFor();
    await wb.app.locator('[data-standing="checking"]').waitFor();
    await wb.page.mouse.up();
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    await list(wb).getByText('"><script>alert(document.domain)</script>').waitFor();
    release();
  });
});
