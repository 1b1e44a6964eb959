import { localeChain, pickLocale } from './chain.ts';
import bootRestEn from './locales/en/boot.json';
import headerEn from './locales/en/header.json';
import type appEn from './locales/en/app.json';
import type laterEn from './locales/en/later.json';
import type mergeEn from './locales/en/merge.json';

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Message = string | Plural;
export type Messages = Readonly<Record<string, Message>>;
export type MessageKey = keyof typeof headerEn | keyof typeof bootRestEn | keyof typeof appEn | keyof typeof laterEn | keyof typeof mergeEn;
export type Vars = Readonly<Record<string, string | number>>;
/**
 * A part of a language's strings: `boot` (the header and start, bundled for English), `app` (the
 * first view's panel), `later` (what the actions chunk shows), `merge` (the merge flow's).
 */
export type Part = 'boot' | 'app' | 'later' | 'merge';

// Each locale's strings come in two parts: what the view needs before the panel's strings (boot:
// header.json, which start-up carries inline for its first paint and hands over, and boot.json), and the
// rest (app). English boot is bundled; English app is a chunk of its own. Another language loads
// both parts in one chunk (locales/<tag>/index.ts), which start-up asks for as soon as it knows
// the agent's language; the view's first render waits for it, the painted header does not.
const languages = import.meta.glob<Record<Part, Messages>>('./locales/*/index.ts');
const loadEnglishApp = () => import('./locales/en/app.json');
/** A later part's files by path (`./locales/<tag>/<part>.json`), each a chunk: an `import.meta.glob`. */
export type PartFiles = Readonly<Record<string, () => Promise<{ default: Messages }>>>;
// The later parts load with the chunk that shows them, one small chunk per language and part,
// English beneath (fallback). The merge flow's files are named by the actions chunk
// (./mergeFiles.ts), so that the first view does not carry their names.
const laterFiles: PartFiles = import.meta.glob<{ default: Messages }>('./locales/*/later.json');

let locale = 'en';
const bootEn: Messages = { ...headerEn, ...bootRestEn };
let messages: Record<string, Message> = { ...bootEn };
let english: Record<string, Message> = { ...bootEn };
/** The parts merged into `messages` for the current locale. */
const merged = new Set<Part>();
// Made on first use: the first Intl object a page creates loads the browser's locale data,
// which costs tens of milliseconds; creating them at start-up held back the SDK handshake.
let pluralRules: Intl.PluralRules | undefined;
let numberFormat: Intl.NumberFormat | undefined;

export { localeChain };

/** The first locale of the chain this app has strings for. */
export function supportedLocale(requested: string): string {
  return pickLocale(requested, (tag) => `./locales/${tag}/index.ts` in languages);
}

interface Loaded {
  /** English strings, beneath every language. */
  fallback: Messages;
  /** The language's own strings, on top. */
  own: Messages;
}

async function load(tag: string, part: Part, given: PartFiles = {}): Promise<Loaded> {
  if (part === 'later' || part === 'merge') {
    const files = part === 'later' ? laterFiles : given;
    const file = async (of: string): Promise<Messages> => (await files[`./locales/${of}/${part}.json`]?.())?.default ?? {};
    const [fallback, own] = await Promise.all([file('en'), tag === 'en' ? {} : file(tag)]);
    return { fallback, own };
  }
  if (tag === 'en') return { fallback: part === 'boot' ? bootEn : (await loadEnglishApp()).default, own: {} };
  const loader = languages[`./locales/${tag}/index.ts`];
  return { fallback: {}, own: loader ? (await loader())[part] : {} };
}

/**
 * The one loader of strings: adds one part of the current locale's strings to the table. A part
 * already in the table of this locale is not merged again (each panel mount asks). Every language
 * ships every key (the locales test fails otherwise), so the first view's parts of another
 * language load without English's beneath them: an agent downloads one language's strings before
 * the counts, not two. Rejects when the part's chunk cannot be downloaded; asked again, it tries again.
 * The merge part's files come from its caller (`MERGE_FILES`, ./mergeFiles.ts); without them it
 * adds nothing.
 */
export async function loadMessages(part: Part, files?: PartFiles): Promise<void> {
  const tag = locale;
  if (merged.has(part)) return;
  const { fallback, own } = await load(tag, part, files);
  english = { ...english, ...fallback };
  if (tag !== locale) return;
  messages = { ...messages, ...fallback, ...own };
  merged.add(part);
}

/**
 * Switches to `tag` with its boot strings; `table` replaces them (tests). `header` is the
 * language's header strings (locales/<tag>/header.json), which its chunk does not carry: start-up
 * has them inline and hands them over (src/locale.ts); English's are bundled.
 */
export async function setLocale(tag: string, table?: Messages, header: Messages = {}): Promise<void> {
  const own = table ?? (tag === 'en' ? {} : (await load(tag, 'boot')).own);
  locale = tag;
  messages = { ...english, ...header, ...own };
  merged.clear();
  pluralRules = undefined;
  numberFormat = undefined;
}

const plurals = () => (pluralRules ??= new Intl.PluralRules(locale));
const numbers = () => (numberFormat ??= new Intl.NumberFormat(locale));

/** Creates the current locale's number and plural formats now (start-up calls it when idle). */
export function prepareFormats(): void {
  plurals();
  numbers();
}

export function currentLocale(): string {
  return locale;
}

export function formatNumber(value: number): string {
  return numbers().format(value);
}

function pick(message: Message, vars: Vars): string {
  if (typeof message === 'string') return message;
  const count = vars['count'];
  const category = typeof count === 'number' ? plurals().select(count) : 'other';
  return message[category] ?? message.other;
}

/** The message for `key` in the current locale (English when missing), with {placeholders} filled. */
export function t(key: MessageKey, vars: Vars = {}): string {
  const message = messages[key] ?? english[key] ?? key;
  return pick(message, vars).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}
