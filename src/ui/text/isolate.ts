/**
 * Text in its own direction inside a sentence that is only text (a notification, an
 * attribute): Unicode's first-strong isolate (U+2068 … U+2069), what `<bdi>` does in markup.
 * A Latin name in a Hebrew message, or a Hebrew one in English, keeps its order and leaves the
 * sentence's alone.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}
