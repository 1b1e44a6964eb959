export type PhrasePart = { text: string } | { name: string };

/**
 * Splits a translated sentence at its {placeholders}, so each value can be rendered in its
 * own element: a name typed in Hebrew or Arabic then keeps its direction inside an English
 * sentence instead of reordering the words around it, and a Latin one inside a Hebrew sentence.
 */
export function splitPlaceholders(template: string): PhrasePart[] {
  const parts: PhrasePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const [whole, name = ''] = match;
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ name });
    last = match.index + whole.length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
