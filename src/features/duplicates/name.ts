// Letters that carry their difference in the letter itself rather than in a combining mark,
// so decomposition alone does not fold them.
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};

/**
 * A name as it compares: lower case, accents and other diacritics removed (compatibility
 * decomposition, so full-width letters and ligatures fold too), apostrophes dropped
 * ("O'Brien" = "OBrien"), other punctuation read as a space ("Anne-Marie" = "Anne Marie"),
 * and runs of spaces collapsed.
 */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/['’ʼ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Below this a name word finds too many people to be worth a request. */
const MIN_TERM = 2;

/**
 * A `name:` search that finds the names foldName folds together with this one. Zendesk's
 * search ignores case but, at least in some accounts, not accents, so the longest word that
 * folding leaves unchanged is searched; when every word has an accent, the longest unaccented
 * start of a word is searched as a prefix ("Zoë" → `name:zo*`). Null when nothing is long enough.
 */
export function nameSearch(name: string): string | null {
  let best = '';
  let prefix = false;
  for (const word of name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const folded = foldName(word);
    let same = 0;
    while (same < word.length && same < folded.length && word[same] === folded[same]) same++;
    const whole = same === word.length && folded === word;
    const candidate = whole ? word : word.slice(0, same);
    // A whole word is more selective than a prefix of the same length.
    if (candidate.length > best.length || (candidate.length === best.length && whole && prefix)) {
      best = candidate;
      prefix = !whole;
    }
  }
  if (Array.from(best).length < MIN_TERM) return null;
  return prefix ? `name:${best}*` : `name:${best}`;
}
