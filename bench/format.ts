/**
 * Aligns rows of cells into a plain-text table: the first column left-aligned, the others
 * right-aligned, every column at least 6 characters wide; rows may be shorter than the widest.
 */
export function table(lines: readonly (readonly string[])[]): string {
  const columns = Math.max(...lines.map((line) => line.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(...lines.map((line) => line[column]?.length ?? 0), 6));
  return lines.map((line) => line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')).join('\n');
}

/** The first view's steps as the timing tables print them, in order: [key of a Summary, label]. */
export const STEP_LABELS = [
  ['handshake', 'handshake sent'],
  ['reads', 'reads sent'],
  ['answers', 'answers in'],
  ['header', 'header painted'],
  ['full', 'counts + identities painted'],
  ['answersToPaint', '  last answer → painted'],
] as const;

/** `a` as a multiple of `b`, e.g. "×1.07"; "—" when `b` is not positive. */
export function ratio(a: number, b: number): string {
  return b > 0 ? `×${(a / b).toFixed(2)}` : '—';
}
