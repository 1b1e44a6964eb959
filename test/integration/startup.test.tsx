// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { speakAgentLanguage } from '../../src/main.tsx';

describe('the view start-up calls', () => {
  it('speaks the agent\'s language on the page before the header paints', async () => {
    await speakAgentLanguage({ id: 1, role: 'admin', locale: 'he' });
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['he', 'rtl']);
    await speakAgentLanguage({ id: 1, role: 'admin', locale: 'en' });
  });
});
