import { afterEach, describe, expect, it } from 'vitest';
import en from './en.json';
import { localeChain, t, setLocale } from './index.ts';

afterEach(() => setLocale('en', en));

describe('t', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(t('identities.count', { count: 1 })).toBe('1 identity');
    expect(t('identities.count', { count: 12345 })).toBe('12,345 identities');
  });

  it('falls back to English for a key the locale lacks', () => {
    setLocale('de', { 'requester.suspended': 'Gesperrt' });
    expect(t('requester.suspended')).toBe('Gesperrt');
    expect(t('requester.openProfile')).toBe('Open profile');
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
});
