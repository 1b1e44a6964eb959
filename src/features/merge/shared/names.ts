import type { User } from '../../../api/index.ts';

type Named = Pick<User, 'id' | 'name' | 'email'>;

function reading(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

function label(user: Named): string {
  return user.name.trim() || user.email || `#${user.id}`;
}

function detail(user: Named, other: Named): string {
  const own = user.email?.toLowerCase();
  return own && own !== other.email?.toLowerCase() ? (user.email ?? '') : `#${user.id}`;
}

/**
 * The two users' names as a sentence should show them. Duplicates often read the same
 * ("Zoë Lindqvist" and "ZOE LINDQVIST"), and then a direction sentence would not say which
 * one is deleted: each name then carries its email, or its id when that does not differ.
 */
export function distinctNames(a: Named, b: Named): [string, string] {
  const [first, second] = [label(a), label(b)];
  if (reading(first) !== reading(second)) return [first, second];
  return [`${first} (${detail(a, b)})`, `${second} (${detail(b, a)})`];
}
