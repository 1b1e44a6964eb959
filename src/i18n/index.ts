import en from './en.json';

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Message = string | Plural;
export type Messages = Readonly<Record<string, Message>>;
export type MessageKey = keyof typeof en;
export type Vars = Readonly<Record<string, string | number>>;

let locale = 'en';
let messages: Messages = en;
let pluralRules = new Intl.PluralRules('en');
let numberFormat = new Intl.NumberFormat('en');

/** Locale tags to try, most specific first: pt-BR → pt → en. */
export function localeChain(requested: string): string[] {
  const parts = requested.replace('_', '-').split('-').filter(Boolean);
  const chain: string[] = [];
  for (let length = parts.length; length > 0; length--) {
    const tag = parts.slice(0, length).join('-');
    chain.push(length === 1 ? tag.toLowerCase() : tag);
  }
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

export function setLocale(tag: string, table: Messages): void {
  locale = tag;
  messages = table;
  pluralRules = new Intl.PluralRules(tag);
  numberFormat = new Intl.NumberFormat(tag);
}

export function currentLocale(): string {
  return locale;
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

function pick(message: Message, vars: Vars): string {
  if (typeof message === 'string') return message;
  const count = vars['count'];
  const category = typeof count === 'number' ? pluralRules.select(count) : 'other';
  return message[category] ?? message.other;
}

/** The message for `key` in the current locale (English when missing), with {placeholders} filled. */
export function t(key: MessageKey, vars: Vars = {}): string {
  const message = messages[key] ?? (en as Messages)[key] ?? key;
  return pick(message, vars).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}
