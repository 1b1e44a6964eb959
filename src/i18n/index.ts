import bootEn from './locales/en/boot.json';
import type appEn from './locales/en/app.json';
import type laterEn from './locales/en/later.json';
import type mergeEn from './locales/en/merge.json';

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Message = string | Plural;
export type Messages = Readonly<Record<string, Message>>;
/** later.json loads after the first view (./later.ts), merge.json with the merge flow (features/merge/strings.ts). */
export type MessageKey = keyof typeof bootEn | keyof typeof appEn | keyof typeof laterEn | keyof typeof mergeEn;
export type Vars = Readonly<Record<string, string | number>>;
export type Part = 'boot' | 'app';

// Each locale's strings come in two parts: what the header needs before the first paint
// (boot), and the rest (app). English boot is bundled and English app loads with the panel.
// Another language loads both parts in one chunk (locales/<tag>/index.ts): one loader per
// language keeps the first-paint bundle's table short, and its header waits for one request.
const languages = import.meta.glob<Record<Part, Messages>>('./locales/*/index.ts');
const loadEnglishApp = () => import('./locales/en/app.json');

// Zendesk's Portuguese is Brazilian, which European readers follow better than English;
// iw is Hebrew's older code, still sent by some systems.
const ALIASES: Readonly<Record<string, string>> = { pt: 'pt-BR', iw: 'he' };

let locale = 'en';
let messages: Record<string, Message> = { ...bootEn };
let english: Record<string, Message> = { ...bootEn };
// Made on first use: the first Intl object a page creates loads the browser's locale data,
// which costs tens of milliseconds; creating them at start-up held back the SDK handshake.
let pluralRules: Intl.PluralRules | undefined;
let numberFormat: Intl.NumberFormat | undefined;

/** Locale tags to try, most specific first: pt-BR → pt → en. */
export function localeChain(requested: string): string[] {
  const [language = 'en', region] = requested.replace('_', '-').split('-');
  const base = language.toLowerCase();
  return [...new Set([region ? `${base}-${region.toUpperCase()}` : base, base, 'en'])];
}

/** The first locale of the chain this app has strings for. */
export function supportedLocale(requested: string): string {
  for (const tag of localeChain(requested)) {
    const own = ALIASES[tag] ?? tag;
    if (own === 'en' || `./locales/${own}/index.ts` in languages) return own;
  }
  return 'en';
}

async function load(tag: string, part: Part): Promise<Messages> {
  if (tag === 'en') return part === 'boot' ? bootEn : (await loadEnglishApp()).default;
  const loader = languages[`./locales/${tag}/index.ts`];
  return loader ? (await loader())[part] : {};
}

/** Loads one part of the strings for the current locale, with English beneath as the fallback. */
export async function loadMessages(part: Part): Promise<void> {
  const tag = locale;
  const [fallback, own] = await Promise.all([load('en', part), tag === 'en' ? Promise.resolve({}) : load(tag, part)]);
  english = { ...english, ...fallback };
  if (tag === locale) messages = { ...messages, ...fallback, ...own };
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
