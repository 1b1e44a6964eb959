import { describe, expect, it } from 'vitest';
import { buildSearchQuery } from './searchQuery.ts';

describe('buildSearchQuery', () => {
  it('sends nothing for fewer than two characters', () => {
    expect(buildSearchQuery('')).toBeNull();
    expect(buildSearchQuery('   z  ')).toBeNull();
    expect(buildSearchQuery('zo')).toBe('zo');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(buildSearchQuery('😀')).toBeNull();
  });

  it('searches a complete email address in the email field', () => {
    expect(buildSearchQuery(' zoe@lindqvist-design.example ')).toBe('email:zoe@lindqvist-design.example');
  });

  it('adds a wildcard to an address still being typed', () => {
    expect(buildSearchQuery('zoe@')).toBe('email:zoe@*');
    expect(buildSearchQuery('zoe@lindqvist')).toBe('email:zoe@lindqvist*');
  });

  it('searches a phone number by its digits, whatever the format', () => {
    expect(buildSearchQuery('+1 (555) 014-2233')).toBe('phone:15550142233');
    expect(buildSearchQuery('555.014.2233')).toBe('phone:5550142233');
  });

  it('treats two digits as a name term rather than a phone number', () => {
    expect(buildSearchQuery('42')).toBe('42');
  });

  it('keeps a name as plain terms', () => {
    expect(buildSearchQuery('  Zoe   Lindqvist ')).toBe('Zoe Lindqvist');
    expect(buildSearchQuery('Zoë')).toBe('Zoë');
  });

  it('keeps search syntax in a name from becoming a filter', () => {
    expect(buildSearchQuery('role:admin Sam')).toBe('"role:admin" Sam');
    expect(buildSearchQuery('-Dana "x"')).toBe('"-Dana" x');
  });
});
