const ZENDESK_HOST = /^https:\/\/[a-z0-9][a-z0-9-]*\.zendesk\.com$/;
const LOCAL_HOST = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * The SDK trusts whatever `origin` the page URL names, so we check it ourselves:
 * only Zendesk accounts, and localhost while developing.
 */
export function isAllowedOrigin(origin: string, allowLocal: boolean): boolean {
  const normalized = origin.trim().toLowerCase();
  if (ZENDESK_HOST.test(normalized)) return true;
  return allowLocal && LOCAL_HOST.test(normalized);
}

/** The origin the host named in the iframe URL (query or hash), as the SDK reads it. */
export function originFromUrl(href: string): string | null {
  const url = new URL(href);
  const fromQuery = url.searchParams.get('origin');
  if (fromQuery) return fromQuery;
  const hash = new URLSearchParams(url.hash.slice(1));
  return hash.get('origin');
}
