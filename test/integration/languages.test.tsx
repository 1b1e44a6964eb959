// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App.tsx';
import { HEADER_TABLES } from '../../src/i18n/headerTables.ts';
import { loadMessages, t } from '../../src/i18n/index.ts';
import { applyLocale } from '../../src/locale.ts';
import { useZendesk } from '../support/world.ts';

const zendesk = useZendesk();

afterEach(async () => {
  cleanup();
  await applyLocale('en', HEADER_TABLES);
  await loadMessages('app');
  await loadMessages('later');
});

/** As main does: the agent's locale first, then the panel's strings (and the actions chunk's), then the app. */
async function showIn(locale: string) {
  await applyLocale(locale, HEADER_TABLES);
  await loadMessages('app');
  await loadMessages('later');
  const world = zendesk.world('ordinary');
  render(<App host={world.host} api={world.api} agent={{ ...world.agent, locale }} />);
  return world;
}

const page = () => [document.documentElement.lang, document.documentElement.dir];

describe('the agent\'s language', () => {
  it('renders Hebrew right to left', async () => {
    const world = await showIn('he');
    expect(page()).toEqual(['he', 'rtl']);
    const identities = await screen.findByRole('region', { name: 'זהויות' });
    await within(identities).findByText('6 זהויות');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(world.account.getUser(world.requesterId ?? 0)?.name);
    expect(screen.getByRole('button', { name: 'השעיית משתמש' })).toBeTruthy();
  });

  it('gives Portuguese without a region the Brazilian strings', async () => {
    await showIn('pt');
    expect(page()).toEqual(['pt-BR', 'ltr']);
    await screen.findByRole('region', { name: 'Identidades' });
    expect(await screen.findByRole('button', { name: 'Suspender usuário' })).toBeTruthy();
  });

  it('falls back from a regional tag to its language', async () => {
    await showIn('de-AT');
    expect(page()).toEqual(['de', 'ltr']);
    await screen.findByRole('region', { name: 'Identitäten' });
    expect(await screen.findByRole('button', { name: 'Benutzer sperren' })).toBeTruthy();
  });

  it('reads a tag in any case or with an underscore', async () => {
    await applyLocale('pt_br', HEADER_TABLES);
    expect(page()).toEqual(['pt-BR', 'ltr']);
    await applyLocale('ZH-tw', HEADER_TABLES);
    expect(page()).toEqual(['en', 'ltr']);
  });

  it('goes back to English and left to right for a language it does not speak', async () => {
    await applyLocale('he', HEADER_TABLES);
    await showIn('xx-YY');
    expect(page()).toEqual(['en', 'ltr']);
    await screen.findByRole('region', { name: 'Identities' });
  });
});

describe('plural forms and numbers', () => {
  it('uses the forms each language has', async () => {
    await applyLocale('he', HEADER_TABLES);
    await loadMessages('app');
    expect([1, 2, 3].map((count) => t('identities.count', { count }))).toEqual(['זהות אחת', 'שתי זהויות', '3 זהויות']);
    await applyLocale('fr', HEADER_TABLES);
    await loadMessages('app');
    expect(t('identities.count', { count: 0 })).toBe('0 identité');
    expect(t('identities.count', { count: 1_000_000 })).toMatch(/^1\s000\s000 d’identités$/);
    await applyLocale('ja', HEADER_TABLES);
    await loadMessages('app');
    // The search's announcement is one of the strings that load with the panel's actions.
    await loadMessages('later');
    expect(t('merge.resultCount', { count: 1 })).toBe('1人のユーザーが見つかりました。上下の矢印キーで選択してください。');
  });
});

describe('announcements', () => {
  it('reports a section that failed to load politely, not as an alert', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.related', kind: 'status', status: 500 }]);
    render(<App host={world.host} api={world.api} agent={world.agent} />);
    const tickets = await screen.findByRole('region', { name: 'Tickets' });
    const status = await within(tickets).findByRole('status');
    expect(status.textContent).toContain('Zendesk had a problem answering (500).');
    expect(within(tickets).queryByRole('alert')).toBeNull();
    await waitFor(() => expect(tickets.getAttribute('aria-busy')).toBe('false'));
  });
});
