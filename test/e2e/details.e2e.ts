import { describe, expect, it } from 'vitest';
import { createAccount, people } from '../../dev/zendesk/index.ts';
import { stringsOf } from './support/strings.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { useWorkbench } from './support/workbench.ts';
import { panelSettled } from './support/panel.ts';

const open = useWorkbench();
const seed = createAccount();
const s = stringsOf('en');

const endpoints = (wb: WorkbenchPage) =>
  wb.page.evaluate(() => (window.workbench?.requests() ?? []).map((request) => request.endpoint).reverse());
const routes = (wb: WorkbenchPage) => wb.page.evaluate(() => (window.workbench?.routes() ?? []).map((visit) => visit.args));
const countButton = (wb: WorkbenchPage, label: string, count: number) =>
  wb.app.getByRole('button', { name: s('related.showTickets', { label: s(label), count }) });
const list = (wb: WorkbenchPage, label: string) => wb.app.getByRole('region', { name: s('tickets.listOf', { label: s(label) }) });

describe('the requester at a glance, and the tickets behind each count', () => {
  it('shows the context from the first two reads, then each count\'s latest tickets on click', async () => {
    const wb = await open({ scenario: 'ordinary' });
    const context = wb.app.getByRole('region', { name: s('details.title') });
    await context.getByText('Portsmouth Cycling Club').waitFor();
    expect(await context.textContent()).toContain('British English');
    expect(await context.textContent()).toMatch(/\d{1,2}:\d{2}.*Europe\/London/);
    await wb.app.locator('[data-identity-id]').first().waitFor();
    expect((await endpoints(wb)).filter((name) => name !== 'users.me')).toEqual(expect.arrayContaining(['users.show', 'users.related']));
    expect((await endpoints(wb)).filter((name) => name !== 'users.me')).toHaveLength(2);

    // By keyboard: the count is a button, announced with its number and what it does.
    const requested = countButton(wb, 'related.requested', seed.getRelated(people.ordinary)?.requested_tickets ?? 0);
    await requested.focus();
    await wb.page.keyboard.press('Enter');
    expect(await requested.getAttribute('aria-expanded')).toBe('true');
    const rows = list(wb, 'related.requested').getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(5);
    expect(await rows.first().textContent()).toContain(s('tickets.current'));
    expect((await endpoints(wb)).filter((name) => name?.startsWith('tickets.'))).toEqual(['tickets.requested']);
    await wb.screenshot('context-requested-list');

    await list(wb, 'related.requested').getByRole('button', { name: /Bulk discount for club orders/ }).click();
    await list(wb, 'related.requested').getByRole('button', { name: s('tickets.seeAll') }).click();
    expect(await routes(wb)).toEqual([['ticket', 515], ['user', people.ordinary]]);

    await countButton(wb, 'related.ccd', 3).click();
    await list(wb, 'related.ccd').getByText('Club ride sponsorship (Dana in copy)').waitFor();
    await countButton(wb, 'related.assigned', 0).click();
    await list(wb, 'related.assigned').getByText(s('tickets.empty')).waitFor();
    expect((await endpoints(wb)).filter((name) => name?.startsWith('tickets.'))).toEqual(['tickets.requested', 'tickets.ccd', 'tickets.assigned']);
  });

  it('lists the tickets assigned to an agent requester, and shows a markup subject as text', async () => {
    const wb = await open({ scenario: 'agent-requester' });
    await countButton(wb, 'related.assigned', 57).click();
    await expect.poll(() => list(wb, 'related.assigned').getByRole('listitem').count()).toBe(3);
    expect(await list(wb, 'related.assigned').textContent()).toContain('Frame size advice for a tall rider');

    const hostile = await open({ scenario: 'hostile-markup' });
    await panelSettled(hostile);
    await countButton(hostile, 'related.ccd', 1).click();
    await expect.poll(() => countButton(hostile, 'related.ccd', 1).getAttribute('aria-expanded')).toBe('true');
    await list(hostile, 'related.ccd').getByText('"><script>alert(document.domain)</script>').waitFor();
    expect(await hostile.app.locator('#related-tickets script').count()).toBe(0);
    expect(await hostile.app.getByRole('region', { name: s('details.title') }).textContent()).toContain('Pacific/Kiritimati');
  });

  it('lines up Latin subjects in the Hebrew list with their badges, wrapped or not, and the organizations button with the text', async () => {
    const he = stringsOf('he');
    const wb = await open({ scenario: 'ordinary', locale: 'he' });
    await panelSettled(wb, he('duplicates.find'));
    await wb.app.getByRole('button', { name: he('related.showTickets', { label: he('related.requested'), count: 14 }) }).click();
    const rows = wb.app.getByRole('region', { name: he('tickets.listOf', { label: he('related.requested') }) }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(5);
    await wb.screenshot('context-requested-list-he');
    const frame = await wb.frame();
    // Each subject line's distance from the edge its badge stands at (the right, in Hebrew).
    const gaps = await frame.$$eval('.ticket__subject', (subjects) => subjects.map((subject) => {
      const range = document.createRange();
      range.selectNodeContents(subject);
      const box = subject.getBoundingClientRect();
      return { lines: new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size, gap: Math.max(...[...range.getClientRects()].map((line) => Math.round(box.right - line.right))) };
    }));
    expect(gaps.some((subject) => subject.lines > 1)).toBe(true);
    for (const subject of gaps) expect(subject.gap).toBeLessThanOrEqual(1);

    // A requester in one organization: the sideload may not name them all, so the button shows.
    const single = await open({ scenario: 'duplicates' });
    const more = single.app.getByRole('button', { name: s('details.moreOrganizations') });
    expect(await more.evaluate((button) => getComputedStyle(button).textAlign)).toBe('start');
  });

  it('says where a list failed, keeps the rest of the panel, and loads it on retry', async () => {
    const wb = await open({ scenario: 'ordinary' });
    await wb.app.locator('[data-identity-id]').first().waitFor();
    await wb.setFaults([{ endpoint: 'tickets.requested', kind: 'status', status: 503, apply: 'always' }]);
    await countButton(wb, 'related.requested', 14).click();
    const failed = list(wb, 'related.requested');
    await failed.getByRole('alert').waitFor({ timeout: 15_000 });
    expect(await failed.getByRole('alert').textContent()).toContain('503');
    expect(await wb.app.locator('[data-identity-id]').count()).toBe(seed.getIdentities(people.ordinary).length);
    await wb.setFaults([]);
    await failed.getByRole('button', { name: s('section.retry') }).click();
    await expect.poll(() => failed.getByRole('listitem').count()).toBe(5);
  });

  it('drops a list still loading when the requester changes', async () => {
    const wb = await open({ scenario: 'ordinary' });
    await wb.app.locator('[data-identity-id]').first().waitFor();
    await wb.setFaults([{ endpoint: 'tickets.requested', kind: 'latency', ms: 1500, apply: 'once' }]);
    await countButton(wb, 'related.requested', 14).click();
    await list(wb, 'related.requested').waitFor();
    await wb.page.evaluate((id) => window.workbench?.setRequester(id), people.zoe);
    await wb.app.getByRole('heading', { level: 1, name: seed.getUser(people.zoe)?.name ?? '' }).waitFor();
    await expect.poll(() => wb.page.evaluate(() => window.workbench?.inFlight()), { timeout: 5_000 }).toBe(0);
    expect(await wb.app.getByText('Wholesale order #4471 arrived with a bent fork').count()).toBe(0);
    expect(await list(wb, 'related.requested').count()).toBe(0);
    const zoeRequested = countButton(wb, 'related.requested', seed.getRelated(people.zoe)?.requested_tickets ?? 0);
    expect(await zoeRequested.getAttribute('aria-expanded')).toBe('false');
  });
});
