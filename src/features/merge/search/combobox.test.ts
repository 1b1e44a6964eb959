import { describe, expect, it } from 'vitest';
import { moveActive } from './combobox.ts';

describe('moveActive', () => {
  it('has nothing to activate in an empty list', () => {
    expect(moveActive(-1, 0, 'next')).toBe(-1);
    expect(moveActive(3, 0, 'previous')).toBe(-1);
  });

  it('starts at the first option going down and the last going up', () => {
    expect(moveActive(-1, 3, 'next')).toBe(0);
    expect(moveActive(-1, 3, 'previous')).toBe(2);
  });

  it('moves one step and wraps at either end', () => {
    expect(moveActive(0, 3, 'next')).toBe(1);
    expect(moveActive(2, 3, 'next')).toBe(0);
    expect(moveActive(1, 3, 'previous')).toBe(0);
    expect(moveActive(0, 3, 'previous')).toBe(2);
  });

  it('recovers when the list shrank under the active option', () => {
    expect(moveActive(7, 3, 'next')).toBe(0);
    expect(moveActive(7, 3, 'previous')).toBe(2);
  });

  it('jumps to the first and last option', () => {
    expect(moveActive(1, 4, 'first')).toBe(0);
    expect(moveActive(1, 4, 'last')).toBe(3);
  });
});
