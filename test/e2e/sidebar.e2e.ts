import { describe, expect, it } from 'vitest';
import { createAccount, people } from '../../dev/zendesk/index.ts';
import deHeader from '../../src/i18n/locales/de/header.json';
import heHeader from '../../src/i18n/locales/he/header.json';
import { panelSettled } from './support/panel.ts';
import { stringsOf } from './support/strings.ts';
import { seriousViolations, useWorkbench } from './support/workbench.ts';

const open = useWorkbench();
// The same seed the workbench's account starts from: what the agent should see.
const seed = createAccount();

describe('the sidebar in the agent workspace', () => {
  it('shows the requester, the four counts and every identity', async () => {
    const { app, screenshot, frame } = await open({ scenario: 'ordinary' });
    const user = seed.getUser(people.ordinary);
    await app.getByRole('heading', { level: 1, name: user?.name ?? '' }).waitFor();
    const counts = seed.getRelated(people.ordinary);
    const tickets = app.getByRole('region', { name: 'Tickets' });
    await expect.poll(() => tickets.locator('[data-count="requested"] dd').textContent())
      .toBe(counts?.requested_tickets.toLocaleString('en'));
    expect(await tickets.locator('[data-count="assigned"] dd').textContent()).toBe(counts?.assigned_tickets.toLocaleString('en'));
    expect(await tickets.locator('[data-count="ccd"] dd').textContent()).toBe(counts?.ccd_tickets.toLocaleString('en'));
    const identities = seed.getIdentities(people.ordinary);
    await expect.poll(() => app.locator('[data-identity-id]').count()).toBe(identities.length);
    for (const identity of identities) {
      expect(await app.locator(`[data-identity-id="${identity.id}"]`).textContent()).toContain(identity.value);
    }
    await screenshot('ordinary');
    expect(await seriousViolations(await frame())).toEqual([]);
  });

  it.each(['en', 'he'])('resizes its iframe to its content once everything has arrived (%s)', async (locale) => {
    const wb = await open({ scenario: 'ordinary', locale });
    const { app, page } = wb;
    // The last of the panel (the actions chunk, the requester's details) makes it taller still.
    await panelSettled(wb, stringsOf(locale)('duplicates.find'));
    await expect.poll(async () => {
      const frameHeight = await page.locator('#app-frame iframe').evaluate((element) => element.getBoundingClientRect().height);
      const contentHeight = await app.locator('main').evaluate((element) => element.getBoundingClientRect().height);
      return Math.abs(frameHeight - contentHeight) <= 2;
    }).toBe(true);
  });

  it('never shows the previous requester after a live switch while answers are slow', async () => {
    const wb = await open({ scenario: 'duplicates' });
    const first = seed.getUser(people.zoe);
    const second = seed.getUser(people.zoeShop);
    await wb.app.getByRole('heading', { level: 1, name: first?.name ?? '' }).waitFor();
    await wb.page.evaluate(() => window.workbench?.reloadApp());
    await wb.page.evaluate(() => window.workbench?.ready());
    await wb.setFaults([
      { endpoint: 'users.show', kind: 'latency', ms: 1500, apply: 'once' },
      { endpoint: 'users.related', kind: 'latency', ms: 1500, apply: 'once' },
    ]);
    await wb.page.evaluate(() => window.workbench?.reloadApp());
    await wb.app.getByRole('heading', { level: 1, name: first?.name ?? '' }).waitFor();
    await wb.page.evaluate((id) => window.workbench?.setRequester(id), people.zoeShop);
    await wb.app.getByRole('heading', { level: 1, name: second?.name ?? '' }).waitFor();
    const expected = seed.getIdentities(people.zoeShop).map((identity) => String(identity.id)).sort();
    await expect.poll(() => wb.app.locator('[data-identity-id]').count()).toBe(expected.length);
    // Let the first requester's slow answers arrive: they must change nothing.
    await expect.poll(() => wb.page.evaluate(() => window.workbench?.inFlight()), { timeout: 5_000 }).toBe(0);
    const shown = await wb.app.locator('[data-identity-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-identity-id') ?? ''));
    expect(shown.sort()).toEqual(expected);
    expect(await wb.app.getByRole('heading', { level: 1 }).textContent()).toBe(second?.name);
  });

  it('shows the new requester when the switch comes while its language is still loading', async () => {
    const wb = await open({ scenario: 'duplicates', locale: 'de' });
    const second = seed.getUser(people.zoeShop);
    await wb.app.getByRole('heading', { level: 1, name: seed.getUser(people.zoe)?.name ?? '' }).waitFor();
    // Hold the German strings: start-up has asked the host who the requester is, and waits.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      void wb.page.route(/\/de-[\w-]+\.js$/, async (route) => {
        resolve();
        await new Promise<void>((go) => { release = go; });
        await route.continue();
      });
    });
    await wb.page.evaluate(() => window.workbench?.reloadApp());
    await held;
    await wb.page.evaluate((id) => window.workbench?.setRequester(id), people.zoeShop);
    release();
    await wb.app.getByRole('heading', { level: 1, name: second?.name ?? '' }).waitFor();
    const expected = seed.getIdentities(people.zoeShop).map((identity) => String(identity.id)).sort();
    await expect.poll(async () => (await wb.app.locator('[data-identity-id]').evaluateAll(
      (rows) => rows.map((row) => row.getAttribute('data-identity-id') ?? ''),
    )).sort()).toEqual(expected);
  });

  it.each([
    ['de', deHeader, 'ltr'],
    ['he', heHeader, 'rtl'],
  ] as const)('paints the header in the agent\'s language (%s) before the app\'s code has arrived', async (locale, words, dir) => {
    const wb = await open({ scenario: 'ordinary', locale });
    const name = seed.getUser(people.ordinary)?.name ?? '';
    await wb.app.getByRole('heading', { level: 1, name }).waitFor();
    // Hold the view's code (Preact, the header component): only start-up, inline in the page, runs.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      void wb.page.route(/\/main-[\w-]+\.js$/, async (route) => {
        resolve();
        await new Promise<void>((go) => { release = go; });
        await route.continue();
      });
    });
    await wb.page.evaluate(() => window.workbench?.reloadApp());
    await held;
    await wb.app.getByRole('heading', { level: 1, name }).waitFor();
    await wb.app.getByRole('button', { name: words['requester.openProfileOf'].replace('{name}', name) }).waitFor();
    expect(await wb.app.getByText(words['role.end-user'], { exact: true }).count()).toBe(1);
    expect(await wb.app.locator('html').getAttribute('dir')).toBe(dir);
    expect(await wb.app.locator('[data-identity-id]').count()).toBe(0);
    release();
    await expect.poll(() => wb.app.locator('[data-identity-id]').count()).toBe(seed.getIdentities(people.ordinary).length);
    expect(await wb.app.getByRole('heading', { level: 1 }).count()).toBe(1);
  });

  it('renders hostile names and identity values as text', async () => {
    const { app, page } = await open({ scenario: 'hostile-markup' });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const user = seed.getUser(people.hostile);
    await app.getByRole('heading', { level: 1, name: user?.name ?? '' }).waitFor();
    await expect.poll(() => app.locator('[data-identity-id]').count()).toBe(seed.getIdentities(people.hostile).length);
    expect(await app.locator('main script, main img[onerror], main iframe').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('explains a deleted requester', async () => {
    const { app } = await open({ scenario: 'deleted-requester' });
    await app.getByText(/no longer exists/).waitFor();
  });

  it('asks for a requester on a new ticket', async () => {
    const { app } = await open({ scenario: 'new-ticket', location: 'new_ticket_sidebar' });
    await app.getByText(/No requester yet/).waitFor();
  });

  it('shows the viewed user in the user sidebar', async () => {
    const { app } = await open({ scenario: 'ordinary', location: 'user_sidebar' });
    await app.getByRole('heading', { level: 1, name: seed.getUser(people.ordinary)?.name ?? '' }).waitFor();
    await app.getByRole('region', { name: 'Identities' }).locator('[data-identity-id]').first().waitFor();
  });

  it('opens the requester profile through the host', async () => {
    const { app, page } = await open({ scenario: 'ordinary' });
    await app.getByRole('button', { name: /Open profile of/ }).click();
    await expect.poll(() => page.evaluate(() => window.workbench?.routes().length)).toBe(1);
  });
});

describe('faults, each shown where it happened', () => {
  const cases = [
    { name: '403', fault: { endpoint: 'users.related', kind: 'status', status: 403 }, text: /permission/ },
    { name: '404', fault: { endpoint: 'users.related', kind: 'status', status: 404 }, text: /could not find/ },
    { name: '429 with a long Retry-After', fault: { endpoint: 'users.related', kind: 'status', status: 429, retryAfterSeconds: 90 }, text: /Try again in 90 seconds/ },
    { name: '500', fault: { endpoint: 'users.related', kind: 'status', status: 500 }, text: /had a problem answering \(500\)/ },
    { name: 'malformed JSON', fault: { endpoint: 'users.related', kind: 'malformed', shape: 'invalid-json' }, text: /could not read/ },
    { name: 'a body of the wrong shape', fault: { endpoint: 'users.related', kind: 'malformed', shape: 'wrong-shape' }, text: /could not read/ },
  ] as const;

  for (const { name, fault, text } of cases) {
    it(`${name} on the counts leaves the identities working`, async () => {
      const wb = await open({ scenario: 'ordinary' });
      await wb.setFaults([fault]);
      await wb.page.evaluate(() => window.workbench?.reloadApp());
      await wb.app.getByRole('region', { name: 'Tickets' }).getByText(text).waitFor();
      await expect.poll(() => wb.app.locator('[data-identity-id]').count()).toBe(seed.getIdentities(people.ordinary).length);
    });
  }

  it('a request that never answers times out with a message and a retry', async () => {
    const wb = await open({ scenario: 'ordinary' });
    await wb.setFaults([{ endpoint: 'users.show', kind: 'hang', apply: 'once' }]);
    await wb.page.evaluate(() => window.workbench?.reloadApp());
    const identities = wb.app.getByRole('region', { name: 'Identities' });
    await identities.getByText(/did not answer in time/).waitFor({ timeout: 30_000 });
    await wb.app.getByRole('region', { name: 'Tickets' }).locator('[data-count="requested"]').waitFor();
    await identities.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => wb.app.locator('[data-identity-id]').count()).toBe(seed.getIdentities(people.ordinary).length);
  });

  it('a 429 with a short Retry-After is waited out', async () => {
    const wb = await open({ scenario: 'ordinary' });
    await wb.setFaults([{ endpoint: 'users.related', kind: 'status', status: 429, retryAfterSeconds: 1, apply: 'once' }]);
    await wb.page.evaluate(() => window.workbench?.reloadApp());
    await wb.app.getByRole('region', { name: 'Tickets' }).locator('[data-count="requested"]').waitFor();
    await wb.screenshot('after-retry');
  });
});

describe('the app opened outside Zendesk', () => {
  // The app's own page, as the workspace frames it, then opened by hand or framed by a stranger.
  async function appPage(change: (url: URL) => void) {
    const { page } = await open({ scenario: 'ordinary' });
    const src = await page.locator('#app-frame iframe').getAttribute('src');
    const url = new URL(src ?? '', page.url());
    change(url);
    await page.goto(url.href);
    return page;
  }

  it('says it is a Zendesk app when opened on its own', async () => {
    const page = await appPage((url) => url.searchParams.delete('origin'));
    await page.getByRole('heading', { level: 1, name: 'Requester Toolkit' }).waitFor();
    expect(await page.locator('main p').textContent()).toContain('cannot run on its own');
  });

  it('refuses to run for a page that is not a Zendesk account, naming it', async () => {
    const page = await appPage((url) => url.searchParams.set('origin', 'https://evil.example'));
    await page.getByRole('heading', { level: 1, name: 'Requester Toolkit' }).waitFor();
    expect(await page.locator('main p').textContent()).toContain('(https://evil.example) is not one');
    expect(await page.locator('h1').evaluate((element) => getComputedStyle(element).fontSize)).toBe('18px');
  });
});
