import type { Identity, User, UserProfile } from '../../api/index.ts';

/** A user as the API layer returns one, for the tests of this folder. */
export function user(extra: Partial<User> & Pick<User, 'id'>): User {
  return {
    name: 'Someone', email: null, phone: null, role: 'end-user', roleType: null, organizationId: null, organizationName: null,
    suspended: false, active: true, shared: false, notes: '', photoUrl: null, ...extra,
  };
}

export function profile(base: User, identities: ReadonlyArray<[type: string, value: string, primary?: boolean]> = []): UserProfile {
  return {
    user: base,
    identities: identities.map(([type, value, primary = false], index): Identity => ({
      id: index + 1, userId: base.id, type, value, primary, verified: false, undeliverable: false,
    })),
  };
}
