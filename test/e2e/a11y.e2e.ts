import { describe, expect, it } from 'vitest';
import { createAccount, people } from '../../dev/zendesk/index.ts';
import { stringsOf } from './support/strings.ts';
import type { AxeViolation, Query, WorkbenchPage } from './support/workbench.ts';
import { seriousViolations, useWorkbench } from './support/workbench.ts';

const open = useWorkbench();
const seed = createAccount();

/** Axe's serious and critical findings per state, so a failure names the state it came from. */
function audit(wb: WorkbenchPage) {
  const found: Record<string, string[]> = {};
  return {
    async check(state: string): Promise<void> {
      const violations: AxeViolation[] = await seriousViolations(await wb.frame());
      if (violations.length > 0) found[state] = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    found,
  };
}

describe.each(['en', 'he'])('axe finds nothing serious in %s', (locale) => {
  const s = stringsOf(locale);
  const start = async (query: Query) => {
    const wb = await open({ role: 'agent', locale, ...query });
    await wb.app.locator('main').waitFor();
    return wb;
  };

  it('in the loaded panel, with identity actions open and in the add-identity form', async () => {
    const wb = await start({ scenario: 'ordinary' });
    const axe = audit(wb);
    await expect.poll(() => wb.app.locator('[data-identity-id]').count()).toBe(seed.getIdentities(people.ordinary).length);
    await wb.app.getByRole('region', { name: s('related.title') }).locator('dd').first().waitFor();
    await axe.check('loaded');
    await wb.screenshot(`a11y-${locale}-loaded`);

    // The toggle itself, not the invisible place kept for it while its code loads.
    const toggle = wb.app.locator('.identity__toggle:not(.identity__toggle--slot)').first();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await axe.check('identity actions open');

    await wb.app.getByRole('button', { name: s('identity.add') }).click();
    const form = wb.app.getByRole('form', { name: s('identity.addTitle') });
    await form.getByRole('textbox', { name: s('identity.emailLabel') }).fill('not an email');
    await form.getByRole('button', { name: s('identity.addSubmit'), exact: true }).click();
    await form.getByRole('alert').waitFor();
    await axe.check('add-identity form with an error');
    expect(axe.found).toEqual({});
  });

  it('with the requester context and a ticket list open', async () => {
    const wb = await start({ scenario: 'ordinary' });
    await wb.app.getByRole('region', { name: s('details.title') }).getByText('Solent Riders Co-op').waitFor();
    const requested = s('related.showTickets', { label: s('related.requested'), count: seed.getRelated(people.ordinary)?.requested_tickets ?? 0 });
    await wb.app.getByRole('button', { name: requested }).click();
    const list = wb.app.getByRole('region', { name: s('tickets.listOf', { label: s('related.requested') }) });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(5);
    const axe = audit(wb);
    await axe.check('context and ticket list');
    await wb.screenshot(`a11y-${locale}-tickets`);
    expect(axe.found).toEqual({});
  });

  it('when both sections fail to load', async () => {
    const wb = await start({ scenario: 'ordinary' });
    await wb.setFaults([
      { endpoint: 'users.related', kind: 'status', status: 500 },
      { endpoint: 'users.show', kind: 'status', status: 500 },
    ]);
    await wb.page.evaluate(() => window.workbench?.reloadApp());
    await wb.app.getByRole('region', { name: s('related.title') }).getByRole('button', { name: s('section.retry') }).waitFor();
    await wb.app.getByRole('region', { name: s('identities.title') }).getByRole('button', { name: s('section.retry') }).waitFor();
    const axe = audit(wb);
    await axe.check('error');
    expect(axe.found).toEqual({});
  });

  it('in the suspend dialog', async () => {
    const wb = await start({ scenario: 'ordinary' });
    await wb.app.getByRole('button', { name: s('suspend.button') }).click();
    await wb.app.getByRole('dialog').waitFor();
    const axe = audit(wb);
    await axe.check('suspend dialog');
    await wb.screenshot(`a11y-${locale}-suspend`);
    expect(axe.found).toEqual({});
  });

  it('in the merge comparison and its confirmation', async () => {
    const wb = await start({ scenario: 'duplicates' });
    const axe = audit(wb);
    await wb.app.getByRole('button', { name: s('merge.open') }).click();
    const box = wb.app.getByRole('combobox', { name: s('merge.searchLabel') });
    await box.pressSequentially('zoe@lindqvist-design', { delay: 30 });
    await wb.app.getByRole('option', { name: /ZOE LINDQVIST/ }).waitFor();
    await axe.check('merge search with results');
    await box.press('ArrowDown');
    await box.press('Enter');
    await wb.app.getByRole('heading', { name: s('merge.reviewHeading') }).waitFor();
    const button = wb.app.getByRole('button', { name: s('merge.button') });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await axe.check('merge comparison');
    await wb.screenshot(`a11y-${locale}-merge-compare`);
    await button.click();
    await wb.app.getByRole('dialog').getByRole('checkbox', { name: s('merge.acknowledge') }).waitFor();
    await axe.check('merge confirm dialog');
    expect(axe.found).toEqual({});
  });
});

describe('languages in the browser', () => {
  it('mirrors the panel for Hebrew and speaks Hebrew', async () => {
    const s = stringsOf('he');
    const wb = await open({ scenario: 'ordinary', locale: 'he' });
    await wb.app.getByRole('region', { name: s('identities.title') }).locator('[data-identity-id]').first().waitFor();
    const frame = await wb.frame();
    expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['he', 'rtl']);
    await wb.app.getByRole('region', { name: s('suspend.title') }).getByText(s('suspend.active')).waitFor();
    // Right to left, the avatar sits at the right-hand end of the header, where lines start, and
    // a name in Latin letters still starts next to it.
    const avatar = await wb.app.locator('.avatar').boundingBox();
    const name = await wb.app.getByRole('heading', { level: 1 }).locator('bdi').boundingBox();
    if (!avatar || !name) throw new Error('the header is not laid out');
    expect(avatar.x).toBeGreaterThan(name.x);
    expect(name.x + name.width).toBeGreaterThan(avatar.x - 24);
  });

  it('speaks Brazilian Portuguese to a pt-BR agent, numbers included', async () => {
    const s = stringsOf('pt-BR');
    const wb = await open({ scenario: 'many-tickets', locale: 'pt-BR', role: 'admin' });
    await wb.app.getByRole('region', { name: s('identities.title') }).waitFor();
    const requested = seed.getRelated(people.manyTickets)?.requested_tickets ?? 0;
    const tickets = wb.app.getByRole('region', { name: s('related.title') });
    await expect.poll(() => tickets.locator('[data-count="requested"] dd').textContent()).toBe(requested.toLocaleString('pt-BR'));
    expect(await wb.frame().then((frame) => frame.evaluate(() => document.documentElement.dir))).toBe('ltr');
    await wb.app.getByRole('button', { name: s('suspend.button') }).waitFor();
  });
});
