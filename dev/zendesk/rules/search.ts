import type { Account } from '../store/account.ts';
import type { IdentityType, UserRecord } from '../types.ts';

type Field = 'name' | 'email' | 'phone' | 'role' | 'notes' | 'details' | 'tags' | 'organization_id' | 'any';

interface Term {
  field: Field;
  value: string;
}

const fields: readonly Field[] = ['name', 'email', 'phone', 'role', 'notes', 'details', 'tags', 'organization_id'];
const emailTypes: readonly IdentityType[] = ['email', 'google', 'microsoft'];

/**
 * A subset of Zendesk's search syntax for users: `field:value` and plain terms, `"quoted
 * phrases"`, `*` as a wildcard, every term required. Matching ignores case but not accents,
 * and a phone term matches on digits alone, so "+1 (555) 014-2233" finds "+15550142233".
 */
export function searchUsers(account: Account, query: string): UserRecord[] {
  const terms = parseQuery(query);
  if (terms.length === 0) return [];
  return [...account.users.values()]
    .filter((user) => terms.every((term) => matches(account, user, term)))
    .sort((a, b) => a.id - b.id);
}

export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  const pattern = /(?:(\w+):)?(?:"([^"]*)"|(\S+))/g;
  for (const match of query.matchAll(pattern)) {
    const [, prefix, quoted, bare] = match;
    if (prefix === 'type') continue; // "type:user" is implied by the endpoint
    const value = quoted ?? bare ?? '';
    const field = fields.find((f) => f === prefix?.toLowerCase());
    if (prefix !== undefined && !field) {
      terms.push({ field: 'any', value: `${prefix}:${value}` });
    } else if (value !== '') {
      terms.push({ field: field ?? 'any', value });
    }
  }
  return terms;
}

function matches(account: Account, user: UserRecord, term: Term): boolean {
  const identities = account.identitiesOf(user.id);
  const emails = identities.filter((i) => emailTypes.includes(i.type)).map((i) => i.value);
  const phones = [
    ...identities.filter((i) => i.type === 'phone_number').map((i) => i.value),
    ...(user.shared_phone === null ? [] : [user.shared_phone]),
  ];
  const text = (candidates: readonly string[]) => candidates.some((c) => wildcard(term.value).test(c));
  switch (term.field) {
    case 'name':
      return text([user.name]);
    case 'email':
      return text(emails);
    case 'phone':
      return phoneMatches(phones, term.value);
    case 'role':
      return user.role === term.value.toLowerCase().replace('_', '-');
    case 'notes':
      return text([user.notes]);
    case 'details':
      return text([user.details]);
    case 'tags':
      return user.tags.some((tag) => tag.toLowerCase() === term.value.toLowerCase());
    case 'organization_id':
      return String(user.organization_id) === term.value;
    case 'any':
      return (
        text([user.name, user.notes, user.details, ...identities.map((i) => i.value)]) ||
        (/^\+?[\d\s().-]*\d{3}[\d\s().-]*$/.test(term.value) && phoneMatches(phones, term.value))
      );
  }
}

function phoneMatches(phones: readonly string[], value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (digits === '') return false;
  // A national number ("555 014 2233") and its international form ("+1 555 014 2233") find
  // each other: whichever is longer contains the other.
  return phones.some((phone) => {
    const held = phone.replace(/\D/g, '');
    return held.includes(digits) || (held.length >= 7 && digits.endsWith(held));
  });
}

function wildcard(value: string): RegExp {
  const escaped = value
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(escaped, 'i');
}

/** "users whose name starts with the value"; by email too; never users from another account. */
export function autocompleteUsers(account: Account, prefix: string): UserRecord[] {
  const wanted = prefix.trim().toLowerCase();
  if (wanted === '') return [];
  return [...account.users.values()]
    .filter((user) => !user.shared)
    .filter(
      (user) =>
        user.name.toLowerCase().startsWith(wanted) ||
        account
          .identitiesOf(user.id)
          .some((i) => emailTypes.includes(i.type) && i.value.toLowerCase().startsWith(wanted)),
    )
    .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
}
