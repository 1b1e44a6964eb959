import { currentLocale } from './index.ts';

// Kept out of index.ts: the header never shows a date, so the first-paint bundle need not carry it.

type When = Date | string | number;

function toDate(value: When): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A date (and by default time) in the agent's language and time zone; '' for an unreadable
 * value, so a malformed timestamp from an API never shows as "Invalid Date".
 */
export function formatDate(
  value: When,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
  locale: string = currentLocale(),
): string {
  const date = toDate(value);
  if (!date) return '';
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    // A locale tag the browser cannot read (from a misconfigured profile): its own default.
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}

// Largest unit first: a time is said in the largest unit it spans at least once.
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * "3 minutes ago", "yesterday", "in 2 hours" in the agent's language (Intl.RelativeTimeFormat,
 * numeric: 'auto'); less than a minute reads "now". '' for an unreadable value.
 */
export function formatRelative(value: When, now: number = Date.now(), locale: string = currentLocale()): string {
  const date = toDate(value);
  if (!date) return '';
  const seconds = (date.getTime() - now) / 1000;
  const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1];
  const amount = unit === 'second' ? 0 : Math.trunc(seconds / size);
  let format: Intl.RelativeTimeFormat;
  try {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  } catch {
    format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  }
  return format.format(amount, unit);
}
