/**
 * What a shown value is, for where its lines may break:
 * - `address`: an email, phone number, handle, URL or other identity value. It breaks after
 *   `@` and `/`, before a dot that starts a word ("dana.whitfield@" / "gmail" / ".com") and
 *   after a space, never inside a word, at a hyphen or between the parts of a number.
 * - `name`: a person's or organization's name. It breaks between words only.
 * - `text`: words with values in them ("Zoë Lindqvist (zoe@example.com)"): between words, and
 *   inside a word as an address would.
 */
export type ValueKind = 'address' | 'name' | 'text';

// Zero-width positions: after "@" or a single "/", or before "." followed by a letter of a
// word (not a number's decimal dot: "555.014" is kept whole).
// Also after a space, except one between the parts of a number ("+49 30 1234567", "(555) 014"):
// a value with spaces in it ('x"><img src=x>@example.com') breaks there before anywhere else.
const ADDRESS_BREAK = /(?<=[@/])(?=[^/])|(?<=.)(?=\.\p{L})|(?<=\s)(?=\S)(?!(?<=[\d)]\s+)[\d(+])/u;
const NAME_BREAK = /(?<=\s)(?=\S)/u;
const BREAKS: Readonly<Record<ValueKind, RegExp>> = {
  address: ADDRESS_BREAK,
  name: NAME_BREAK,
  text: new RegExp(`${ADDRESS_BREAK.source}|${NAME_BREAK.source}`, 'u'),
};

/**
 * A value cut into the pieces a line may break between; joined, they are the value exactly.
 * Each piece is kept on one line (see Value).
 */
export function lineParts(value: string, kind: ValueKind = 'address'): string[] {
  if (value === '') return [];
  return value.split(BREAKS[kind]);
}

/** A word of a value: the pieces it may break between, and the whitespace that follows it. */
export interface ValueWord {
  pieces: string[];
  space: string;
}

/**
 * A value cut into words (at whitespace), each cut into its pieces (lineParts). Value keeps a
 * word of several pieces (an email) in one box, so a line breaks inside it only when the whole
 * word does not fit on a line of its own. Joined, words and spaces are the value exactly.
 */
export function lineWords(value: string, kind: ValueKind = 'address'): ValueWord[] {
  const words: ValueWord[] = [];
  let current: string[] = [];
  for (const part of lineParts(value, kind)) {
    const space = /\s+$/u.exec(part)?.[0] ?? '';
    current.push(part.slice(0, part.length - space.length));
    if (space !== '') {
      words.push({ pieces: current, space });
      current = [];
    }
  }
  if (current.length > 0) words.push({ pieces: current, space: '' });
  return words;
}
