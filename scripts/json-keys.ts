interface Frame {
  readonly path: string;
  /** Keys seen so far in an object; undefined for an array. */
  readonly keys: Set<string> | undefined;
  key: string;
  index: number;
  expectKey: boolean;
}

function childPath(parent: Frame | undefined): string {
  if (parent === undefined) return '';
  if (parent.keys === undefined) return `${parent.path}[${parent.index}]`;
  return parent.path === '' ? parent.key : `${parent.path}.${parent.key}`;
}

/**
 * Paths of keys that appear twice in one object of a valid JSON text. JSON.parse silently keeps
 * the last one, while Zendesk rejects such a manifest, so the text itself has to be scanned.
 */
export function duplicateKeys(text: string): string[] {
  const duplicates: string[] = [];
  const stack: Frame[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const top = stack.at(-1);
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top?.keys !== undefined && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) duplicates.push(top.path === '' ? key : `${top.path}.${key}`);
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end + 1;
      continue;
    }
    if (char === '{' || char === '[') {
      const isObject = char === '{';
      stack.push({ path: childPath(top), keys: isObject ? new Set() : undefined, key: '', index: 0, expectKey: isObject });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',' && top !== undefined) {
      if (top.keys === undefined) top.index += 1;
      else top.expectKey = true;
    }
    i += 1;
  }
  return duplicates;
}
