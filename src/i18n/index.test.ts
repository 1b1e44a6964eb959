import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber, loadMessages, localeChain, prepareFormats, setLocale, supportedLocale, t } from './index.ts';

beforeAll(() => loadMessages('app'));
afterEach(() => setLocale('en'));

describe('t', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(t('identities.count', { count: 1 })).toBe('1 identity');
    expect(t('identities.count', { count: 12345 })).toBe('12,345 identities');
  });

  it('falls back to English for a key the locale lacks', async () => {
    await setLocale('de', { 'requester.suspended': 'Gesperrt' });
    expect(t('requester.suspended')).toBe('Gesperrt');
    expect(t('requester.openProfile')).toBe('Open profile');
    expect(t('identities.title')).toBe('Identities');
  });

  it('formats numbers and plurals for a locale chosen after the formats were made', async () => {
    prepareFormats();
    expect(formatNumber(1234.5)).toBe('1,234.5');
    await setLocale('de', { 'identities.count': { one: '{count} Identität', other: '{count} Identitäten' } });
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(t('identities.count', { count: 1 })).toBe('1 Identität');
    expect(t('identities.count', { count: 1234 })).toBe('1.234 Identitäten');
  });

  it('leaves a placeholder without a value visible instead of dropping text', () => {
    expect(t('error.server')).toBe('Zendesk had a problem answering ({status}). Try again.');
  });
});

describe('localeChain', () => {
  it('goes from the most specific tag to English', () => {
    expect(localeChain('pt-BR')).toEqual(['pt-BR', 'pt', 'en']);
    expect(localeChain('de')).toEqual(['de', 'en']);
    expect(localeChain('en-US')).toEqual(['en-US', 'en']);
  });

  it('picks English for a language the app does not speak', () => {
    expect(supportedLocale('xx-YY')).toBe('en');
  });
});

describe('supportedLocale', () => {
  it('takes the most specific tag it has strings for', () => {
    expect(supportedLocale('pt-BR')).toBe('pt-BR');
    expect(supportedLocale('pt-br')).toBe('pt-BR');
    expect(supportedLocale('de-AT')).toBe('de');
    expect(supportedLocale('fr_CA')).toBe('fr');
    expect(supportedLocale('en-GB')).toBe('en');
  });

  it('gives Portuguese from anywhere the Brazilian strings, and reads Hebrew\'s old code', () => {
    expect(supportedLocale('pt')).toBe('pt-BR');
    expect(supportedLocale('pt-PT')).toBe('pt-BR');
    expect(supportedLocale('iw')).toBe('he');
  });
});
