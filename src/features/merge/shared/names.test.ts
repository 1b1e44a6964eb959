import { describe, expect, it } from 'vitest';
import { distinctNames } from './names.ts';

const zoe = { id: 2101, name: 'Zoë Lindqvist', email: 'Zoe.Lindqvist@gmail.com' };
const zoeStudio = { id: 2103, name: 'ZOE LINDQVIST', email: 'zoe@lindqvist-design.example' };

describe('distinctNames', () => {
  it('keeps names that differ as they are', () => {
    expect(distinctNames(zoe, { id: 2001, name: 'Dana Whitfield', email: null })).toEqual(['Zoë Lindqvist', 'Dana Whitfield']);
  });

  it('adds the email when names differ only in case, accents or spacing', () => {
    expect(distinctNames(zoe, zoeStudio)).toEqual([
      'Zoë Lindqvist (Zoe.Lindqvist@gmail.com)',
      'ZOE LINDQVIST (zoe@lindqvist-design.example)',
    ]);
    expect(distinctNames({ ...zoe, name: 'Zoe  Lindqvist ' }, zoe)[0]).toBe('Zoe  Lindqvist (#2101)');
  });

  it('falls back to the id when the emails do not tell them apart', () => {
    expect(distinctNames({ id: 1, name: 'Sam', email: null }, { id: 2, name: 'sam', email: null })).toEqual(['Sam (#1)', 'sam (#2)']);
    expect(distinctNames({ id: 1, name: 'Sam', email: 'S@x.example' }, { id: 2, name: 'Sam', email: 's@x.example' })).toEqual([
      'Sam (#1)',
      'Sam (#2)',
    ]);
  });

  it('names a user without a name by email or id', () => {
    expect(distinctNames({ id: 1, name: ' ', email: 'a@x.example' }, { id: 2, name: '', email: null })).toEqual(['a@x.example', '#2']);
  });
});
