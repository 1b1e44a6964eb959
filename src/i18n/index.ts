import { localeChain, pickLocale } from './chain.ts';
import bootRestEn from './locales/en/boot.json';
import headerEn from './locales/en/header.json';
import type appEn from './locales/en/app.json';
import type laterEn from './locales/en/later.json';
import type mergeEn from './locales/en/merge.json';

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Message = string | Plural;
export type Messages = Readonly<Record<string, Message>>;
/** later.json loads after the first view (./later.ts), merge.json with the merge flow (features/merge/strings.ts). */
export type MessageKey = keyof typeof headerEn | keyof typeof bootRestEn | keyof typeof appEn | keyof typeof laterEn | keyof typeof mergeEn;
export type Vars = Readonly<Record<string, string | number>>;
export type Part = 'boot' | 'app';

// Each locale's strings come in two parts: what the view needs before the panel's strings (boot:
// header.json, which start-up also carries inline for its first paint, and boot.json), and the
// rest (app). English boot is bundled; English app is a chunk of its own. Another language loads
// both parts in one chunk (locales/<tag>/index.ts), which start-up asks for as soon as it knows
// the agent's language; the view's first render waits for it, the painted header does not.
const languages = import.meta.glob<Record<Part, Messages>>('./locales/*/index.ts');
const loadEnglishApp = () => import('./locales/en/app.json');

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

async function load(tag: string, part: Part): Promise<Messages> {
  if (tag === 'en') return part === 'boot' ? bootEn : (await loadEnglishApp()).default;
  const loader = languages[`./locales/${tag}/index.ts`];
  return loader ? (await loader())[part] : {};
}

/**
 * Loads one part of the strings for the current locale. A part already in the table of this
 * locale is not merged again (each panel mount asks). Every language ships every key (the
 * locales test fails otherwise), so another language's part loads without English's beneath
 * it: an agent downloads one language's strings before the counts, not two.
 */
export async function loadMessages(part: Part): Promise<void> {
  const tag = locale;
  if (merged.has(part)) return;
  const table = await load(tag, part);
  if (tag === 'en') english = { ...english, ...table };
  if (tag !== locale) return;
  messages = { ...messages, ...table };
  merged.add(part);
}

/**
 * Adds strings that load with a later chunk for the locale `tag`: `fallback` (English) beneath
 * every language, `own` on top when `tag` is still the current locale.
 */
export function addMessages(tag: string, fallback: Messages, own: Messages): void {
  english = { ...english, ...fallback };
  if (tag === locale) messages = { ...messages, ...fallback, ...own };
}

/** Switches to `tag` with its boot strings; `table` replaces them (tests). */
export async function setLocale(tag: string, table?: Messages): Promise<void> {
  const own = table ?? (tag === 'en' ? {} : await load(tag, 'boot'));
  locale = tag;
  messages = { ...english, ...own };
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
