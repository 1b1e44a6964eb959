import { readFileSync } from 'node:fs';

type Table = Record<string, string | Record<string, string>>;

const read = (tag: string, part: string): Table =>
  JSON.parse(readFileSync(new URL(`../../../src/i18n/locales/${tag}/${part}.json`, import.meta.url), 'utf8')) as Table;

/**
 * The app's strings in one language, so a test can find a control by the name a speaker of it
 * hears. Placeholders are filled as the app fills them (numbers as they are, no formatting).
 */
export function stringsOf(tag: string) {
  const table: Table = {
    ...read('en', 'boot'), ...read('en', 'app'), ...read('en', 'later'), ...read('en', 'merge'),
    ...read(tag, 'boot'), ...read(tag, 'app'), ...read(tag, 'later'), ...read(tag, 'merge'),
  };
  return (key: string, vars: Record<string, string | number> = {}): string => {
    const message = table[key];
    if (message === undefined) throw new Error(`no string ${key}`);
    const text = typeof message === 'string' ? message : (message['other'] ?? '');
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
  };
}
