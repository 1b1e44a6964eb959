import { describe, expect, it } from 'vitest';
import { foldName, nameSearch } from './name.ts';

describe('foldName', () => {
  it('ignores case and accents', () => {
    expect(foldName('Zoë Lindqvist')).toBe('zoe lindqvist');
    expect(foldName('ZOE LINDQVIST')).toBe('zoe lindqvist');
    expect(foldName('José Álvarez-Núñez')).toBe('jose alvarez nunez');
    expect(foldName('Ångström Čapek')).toBe('angstrom capek');
  });

  it('folds letters that carry no combining mark', () => {
    expect(foldName('Søren Łukasz Straße')).toBe('soren lukasz strasse');
    expect(foldName('İlkay Işık')).toBe('ilkay isik');
  });

  it('folds full-width letters and ligatures', () => {
    expect(foldName('Ｚｏｅ')).toBe('zoe');
    expect(foldName('ﬁona')).toBe('fiona');
  });

  it('collapses extra whitespace and reads punctuation as a space', () => {
    expect(foldName('  Zoe \t  Lindqvist\n')).toBe('zoe lindqvist');
    expect(foldName('Anne-Marie')).toBe(foldName('Anne Marie'));
    expect(foldName('Lindqvist, Zoe.')).toBe('lindqvist zoe');
  });

  it("drops apostrophes rather than splitting a name at them", () => {
    expect(foldName("O'Brien")).toBe('obrien');
    expect(foldName('O’Brien')).toBe(foldName('OBrien'));
  });

  it('keeps scripts without case or accents as they are', () => {
    expect(foldName('山田 太郎')).toBe('山田 太郎');
    expect(foldName('')).toBe('');
  });
});

describe('nameSearch', () => {
  it('searches the longest word folding leaves unchanged', () => {
    expect(nameSearch('Zoë Lindqvist')).toBe('name:lindqvist');
    expect(nameSearch('ZOE LINDQVIST')).toBe('name:lindqvist');
  });

  it('searches an unaccented start as a prefix when every word has an accent', () => {
    expect(nameSearch('Zoë')).toBe('name:zo*');
    expect(nameSearch('Zoë Åsa')).toBe('name:zo*');
  });

  it('keeps punctuation and search syntax out of the query', () => {
    expect(nameSearch('role:admin "x"')).toBe('name:admin');
    expect(nameSearch("O'Brien")).toBe('name:brien');
  });

  it('answers null when no word is long enough', () => {
    expect(nameSearch('É')).toBeNull();
    expect(nameSearch('  ')).toBeNull();
  });
});
