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
