export type Move = 'next' | 'previous' | 'first' | 'last';

/**
 * The option that becomes active after a key press, as an index into `length` options;
 * -1 when there are none. Moving past either end wraps, as in a native select's list.
 */
export function moveActive(current: number, length: number, move: Move): number {
  if (length <= 0) return -1;
  switch (move) {
    case 'first':
      return 0;
    case 'last':
      return length - 1;
    case 'next':
      return current < 0 || current >= length - 1 ? 0 : current + 1;
    case 'previous':
      return current <= 0 || current >= length ? length - 1 : current - 1;
  }
}
