import type { User } from '../../../api/index.ts';

type Named = Pick<User, 'id' | 'name' | 'email'>;

function reading(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

function label(user: Named): string {
  return user.name.trim() || user.email || `#${user.id}`;
}

/**
 * Every user's name as one sentence or list should show it. Duplicates often read the same
 * ("Zoë Lindqvist" and "ZOE LINDQVIST"), and then "A and B were merged into C" would not say
 * who is who: a name that reads like another in the list carries its email, or its id
 * (`#2101`) when no email, or the same email, is all it has. Names read alike when they match
 * ignoring case, accents and spacing; a name that reads like no other is left as it is.
 */
export function distinctNameList(users: readonly Named[]): string[] {
  const labels = users.map(label);
  const readings = labels.map(reading);
  const emails = users.map((user) => (user.email ? user.email.toLowerCase() : null));
  return users.map((user, index) => {
    const alike = readings.flatMap((other, at) => (at !== index && other === readings[index] ? [at] : []));
    const own = labels[index] ?? '';
    if (alike.length === 0) return own;
    const email = emails[index] ?? null;
    const told = email !== null && alike.every((at) => emails[at] !== email);
    return `${own} (${told && user.email ? user.email : `#${user.id}`})`;
  });
}

/** Two users' names as a sentence should show them: distinctNameList for a pair. */
export function distinctNames(a: Named, b: Named): [string, string] {
  const [first = '', second = ''] = distinctNameList([a, b]);
  return [first, second];
}
