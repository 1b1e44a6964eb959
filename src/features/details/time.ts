/** The IANA zone if this browser knows it (Intl throws a RangeError for an unknown one), else null. */
export function usableZone(zone: string | null): string | null {
  if (zone === null) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

/**
 * The wall-clock time in `zone` at `at`, with the weekday (the requester's day may differ from the
 * agent's) and the zone's offset name: "Tue 14:05 GMT+14". Spelled in `locale`.
 */
export function formatLocalTime(at: number, zone: string, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: zone, timeZoneName: 'short' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(at);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(at);
  }
}

/** Milliseconds from `now` until the next whole minute (1–60,000). */
export function msToNextMinute(now: number): number {
  return 60_000 - (((now % 60_000) + 60_000) % 60_000);
}

/**
 * A language tag named in the agent's language ("en-GB" → "British English", or "anglais
 * (Royaume-Uni)"); the tag itself when Intl.DisplayNames cannot name it.
 */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
