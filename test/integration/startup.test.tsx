// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HEADER_TABLES } from '../../src/i18n/headerTables.ts';
import { t } from '../../src/i18n/index.ts';
import he from '../../src/i18n/locales/he/header.json';
import { speakAgentLanguage } from '../../src/main.tsx';

describe('the view start-up calls', () => {
  it('speaks the agent\'s language on the page before the header paints', async () => {
    await speakAgentLanguage({ id: 1, role: 'admin', locale: 'he' }, HEADER_TABLES);
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['he', 'rtl']);
    await speakAgentLanguage({ id: 1, role: 'admin', locale: 'en' }, HEADER_TABLES);
  });

  it('speaks the header strings start-up hands over, which the language\'s chunk does not carry', async () => {
    await speakAgentLanguage({ id: 1, role: 'agent', locale: 'he' }, HEADER_TABLES);
    expect([t('requester.openProfile'), t('role.end-user')]).toEqual([he['requester.openProfile'], he['role.end-user']]);
    await speakAgentLanguage({ id: 1, role: 'agent', locale: 'en' }, HEADER_TABLES);
    expect(t('requester.openProfile')).toBe('Open profile');
  });
});
