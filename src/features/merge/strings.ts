import { addMessages, currentLocale } from '../../i18n/index.ts';
import type { Messages } from '../../i18n/index.ts';

// The merge flow's own strings ship with it: agents who never merge never download them, and
// the first view's English table does not grow. Each language's file is its own small chunk.
const tables = import.meta.glob<{ default: Messages }>('../../i18n/locales/*/merge.json');

const table = async (tag: string): Promise<Messages> => (await tables[`../../i18n/locales/${tag}/merge.json`]?.())?.default ?? {};

/**
 * Adds the merge strings of the current language (English beneath) to the strings in use,
 * keeping every string loaded before them (the first view's, the later chunk's).
 */
export async function loadMergeStrings(): Promise<void> {
  const tag = currentLocale();
  const [english, own] = await Promise.all([table('en'), tag === 'en' ? Promise.resolve({}) : table(tag)]);
  addMessages(tag, english, own);
}
