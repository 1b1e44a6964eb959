/** Google delivers mail for both names to the same mailbox and ignores dots in the local part. */
const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

// Characters that would turn a domain into something else once parsed as a URL host
// (a path, a port, credentials), or that no domain may contain.
const NOT_A_DOMAIN = /[\s@/\\?#:[\]%]/u;

/** Search terms must not carry Zendesk syntax: only these characters of a local part are searched for. */
const SEARCHABLE = /^[\p{L}\p{N}._'-]+/u;

/** Shorter prefixes would find a large part of the account; the exact address is searched instead. */
const MIN_STEM = 3;

/**
 * The domain in one spelling: lower case, no trailing dot, internationalized names in their
 * ASCII (punycode) form, so `bücher.de` and `xn--bcher-kva.de` are the same domain. The URL
 * parser applies the IDNA mapping browsers use for host names.
 */
export function normalizeDomain(input: string): string | null {
  const domain = input.trim().replace(/\.$/, '');
  if (domain === '' || NOT_A_DOMAIN.test(domain)) return null;
  try {
    const host = new URL(`https://${domain}`).hostname;
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

function split(input: string): { local: string; domain: string } | null {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return null;
  const domain = normalizeDomain(trimmed.slice(at + 1));
  return domain === null ? null : { local: trimmed.slice(0, at), domain };
}

const isQuoted = (local: string) => local.length >= 2 && local.startsWith('"') && local.endsWith('"');

/**
 * The mailbox an address reaches, as far as it can be told from the outside: case ignored,
 * `+tags` dropped for every domain (most providers deliver them to the untagged address), and
 * for Gmail the dots dropped and googlemail.com read as gmail.com. A quoted local part is kept
 * exactly as written: inside quotes, dots and plus signs are part of the name. Null when the
 * text is not an address.
 */
export function normalizeEmail(input: string): string | null {
  const parts = split(input);
  if (!parts) return null;
  const { domain } = parts;
  if (isQuoted(parts.local)) return `${parts.local}@${domain}`;
  let local = parts.local.toLowerCase();
  const plus = local.indexOf('+');
  // "+tag@example.com" has nothing before the tag: that plus is the name itself.
  if (plus > 0) local = local.slice(0, plus);
  if (!GMAIL_DOMAINS.has(domain)) return `${local}@${domain}`;
  local = local.replaceAll('.', '');
  return local === '' ? null : `${local}@gmail.com`;
}

/**
 * An `email:` search that finds every spelling normalizeEmail folds together: Zendesk matches
 * an address exactly or by a prefix with `*`, so the query is the start of the local part that
 * every spelling shares (before any `+tag`, and for Gmail before the first dot). When that start
 * is too short to be selective, the normalized address itself is searched.
 */
export function emailSearch(input: string): string | null {
  const parts = split(input);
  const normalized = normalizeEmail(input);
  if (!parts || normalized === null || isQuoted(parts.local)) return null;
  const gmail = GMAIL_DOMAINS.has(parts.domain);
  const local = parts.local.toLowerCase();
  const stem = (gmail ? local.split(/[.+]/)[0] : local.split('+')[0]) ?? '';
  const searchable = SEARCHABLE.exec(stem)?.[0] ?? '';
  if (Array.from(searchable).length >= MIN_STEM) return `email:${searchable}*`;
  return /^[^\s"]+$/.test(normalized) ? `email:${normalized}` : null;
}
