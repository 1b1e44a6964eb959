import { currentLocale, setLocale } from '../../i18n/index.ts';
import type { Messages } from '../../i18n/index.ts';

// The merge flow's own strings ship with it: agents who never merge never download them, and
// the first view's English table does not grow. Each language's file is its own small chunk.
const tables = import.meta.glob<{ default: Messages }>('../../i18n/locales/*/merge.json');
// Already loaded with the panel for any language but English; asked again, it is not fetched again.
const languages = import.meta.glob<{ boot: Messages; app: Messages }>('../../i18n/locales/*/index.ts');

const table = async (tag: string): Promise<Messages> => (await tables[`../../i18n/locales/${tag}/merge.json`]?.())?.default ?? {};

/**
 * Adds the merge strings of the current language (English beneath) to the strings in use.
 * setLocale with a table keeps English underneath, so the language's own boot and app strings
 * are handed in again with the merge ones.
 */
export async function loadMergeStrings(): Promise<void> {
  const tag = currentLocale();
  const [english, own, language] = await Promise.all([
    table('en'),
    tag === 'en' ? Promise.resolve({}) : table(tag),
    tag === 'en' ? Promise.resolve(null) : languages[`../../i18n/locales/${tag}/index.ts`]?.() ?? Promise.resolve(null),
  ]);
  if (currentLocale() !== tag) return;
  await setLocale(tag, { ...english, ...(language ? { ...language.boot, ...language.app } : {}), ...own });
}
