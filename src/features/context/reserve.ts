import type { RequesterContext } from '../../api/index.ts';

/**
 * The height, in CSS px, the requester's details take (ContextBlock with Garden's tokens: 20 px
 * lines, 16 px badges and labels, 4 px between rows, 8 px above notes and details, 12 px above
 * the section and 24 px of heading) when each value takes the lines it usually does in the
 * sidebar's column: one per organization and one more for the default's marker, two for a local
 * time with its zone, one for the other values, up to three for notes and details. The panel
 * reserves it before the block's code arrives, so that what is painted below stays in place.
 */
export function reservedHeight(context: RequesterContext): number {
  const { organizations: { length: orgs }, tags, locale } = context;
  const rows = [20 * (orgs + (orgs === 1 ? 0 : 1)) + (context.organizationsComplete ? 0 : 20), context.ianaTimeZone ? 40 : 20, 20];
  if (locale) rows.push(20);
  if (tags.length) rows.push(16);
  const text = (value: string) => {
    const lines = value.trim() ? value.trim().split('\n').length : 0;
    return lines && 24 + 20 * Math.min(lines, 3) + (lines > 3 ? 20 : 0);
  };
  return rows.reduce((sum, row) => sum + row + 4, 32) + text(context.notes) + text(context.details);
}
