import { addMessages, currentLocale } from './index.ts';
import type { Messages } from './index.ts';

// The strings of what the panel offers after its first view (the identity actions, Access,
// Possible duplicates, the context block, the ticket lists, what the agent may do): they load with
// the chunk that shows them, so the first view's table holds only what the first view says.
// Each language's file is its own small chunk.
const tables = import.meta.glob<{ default: Messages }>('./locales/*/later.json');

const table = async (tag: string): Promise<Messages> => (await tables[`./locales/${tag}/later.json`]?.())?.default ?? {};

const loaded = new Map<string, Promise<void>>();

/** Adds the later strings of the current language (English beneath); asked again, loads nothing. */
export function loadLaterStrings(): Promise<void> {
  const tag = currentLocale();
  let pending = loaded.get(tag);
  if (!pending) {
    pending = Promise.all([table('en'), tag === 'en' ? Promise.resolve({}) : table(tag)]).then(([fallback, own]) => addMessages(tag, fallback, own));
    const current = pending;
    // A failed download may succeed later: do not keep the rejection.
    current.catch(() => {
      if (loaded.get(tag) === current) loaded.delete(tag);
    });
    loaded.set(tag, pending);
  }
  return pending;
}
