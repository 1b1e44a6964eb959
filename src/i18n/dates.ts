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

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 minutes ago", "yesterday", "in 2 hours" in the agent's language; '' for an unreadable value. */
export function formatRelative(value: When, now: number = Date.now(), locale: string = currentLocale()): string {
  const date = toDate(value);
  if (!date) return '';
  const seconds = Math.round((date.getTime() - now) / 1000);
  const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1];
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round(seconds / size), unit);
}
