import { describe, expect, it } from 'vitest';
import { inlineTokens, parseTokens, readGardenTokens } from './garden-tokens.ts';

describe('Garden tokens', () => {
  it('reads every token Garden publishes', () => {
    const tokens = readGardenTokens();
    expect(tokens.get('--zd-color-blue-700')).toBe('#1f73b7');
    expect(tokens.get('--zd-spacing-xs')).toBe('8px');
    expect(tokens.size).toBeGreaterThan(200);
  });

  it('writes var() uses as their values, fallbacks included', () => {
    const tokens = parseTokens(':root { --zd-a: #fff; --zd-space: 4px; }');
    expect(inlineTokens('p { color: var(--zd-a); margin: var(--zd-space) var( --zd-space , 2px); }', tokens))
      .toBe('p { color: #fff; margin: 4px 4px; }');
  });

  it('leaves other custom properties alone', () => {
    expect(inlineTokens('p { color: var(--mine); }', new Map())).toBe('p { color: var(--mine); }');
  });

  it('fails the build on a misspelt token instead of shipping a broken style', () => {
    expect(() => inlineTokens('p { color: var(--zd-colour-blue-700); }', new Map())).toThrow('Unknown Garden token --zd-colour-blue-700');
  });
});
