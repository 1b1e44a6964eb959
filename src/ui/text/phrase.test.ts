import { describe, expect, it } from 'vitest';
import { splitPlaceholders } from './phrase.ts';

describe('splitPlaceholders', () => {
  it('separates text from placeholders', () => {
    expect(splitPlaceholders('{from} will be merged into {to} and deleted.')).toEqual([
      { name: 'from' },
      { text: ' will be merged into ' },
      { name: 'to' },
      { text: ' and deleted.' },
    ]);
  });

  it('returns plain text as one part', () => {
    expect(splitPlaceholders('Nothing to fill.')).toEqual([{ text: 'Nothing to fill.' }]);
    expect(splitPlaceholders('')).toEqual([]);
  });

  it('handles adjacent placeholders', () => {
    expect(splitPlaceholders('{a}{b}')).toEqual([{ name: 'a' }, { name: 'b' }]);
  });
});
