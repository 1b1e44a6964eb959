import { describe, expect, it } from 'vitest';
import { distinctNameList, distinctNames } from './names.ts';

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

describe('distinctNameList', () => {
  it('adds the email only to names that read like another name in the list', () => {
    expect(distinctNameList([
      { id: 1, name: 'Maya Okonkwo', email: 'maya.okonkwo@example.org' },
      { id: 2, name: 'Maya O.', email: 'maya.o@callback.example' },
      { id: 3, name: 'MAYA OKONKWO', email: 'maya@forwarding.okonkwo.example' },
    ])).toEqual(['Maya Okonkwo (maya.okonkwo@example.org)', 'Maya O.', 'MAYA OKONKWO (maya@forwarding.okonkwo.example)']);
  });

  it('tells apart a survivor and a merged user of the same name in "A and B were merged into C"', () => {
    const survivor = { id: 10, name: 'Alice Cooper', email: 'alice@cooper.example' };
    const merged = [{ id: 11, name: 'Alice Cooper', email: 'a.cooper@mail.example' }, { id: 12, name: 'Alice C.', email: null }];
    expect(distinctNameList([survivor, ...merged])).toEqual([
      'Alice Cooper (alice@cooper.example)',
      'Alice Cooper (a.cooper@mail.example)',
      'Alice C.',
    ]);
  });

  it('uses the id for a user whose email another alike name shares, even when a third differs', () => {
    expect(distinctNameList([
      { id: 1, name: 'Sam', email: 'sam@x.example' },
      { id: 2, name: 'SAM', email: 'Sam@X.example' },
      { id: 3, name: 'sam', email: 'other@x.example' },
    ])).toEqual(['Sam (#1)', 'SAM (#2)', 'sam (other@x.example)']);
  });
});
