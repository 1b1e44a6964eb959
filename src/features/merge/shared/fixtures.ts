import type { Identity, RelatedCounts, User, UserProfile } from '../../../api/index.ts';

/** An active end user with nothing a merge would lose; tests change what they need. */
export function user(id: number, changes: Partial<User> = {}): User {
  return {
    id, name: `User ${id}`, email: `user${id}@example.com`, phone: null, role: 'end-user', roleType: null,
    organizationId: null, organizationName: null, suspended: false, active: true, shared: false, notes: '', photoUrl: null,
    externalId: null, tags: [], details: '', userFieldCount: 0, verified: true, createdAt: null,
    ...changes,
  };
}

export function identity(id: number, type: string, value: string, changes: Partial<Identity> = {}): Identity {
  return { id, userId: 1, type, value, verified: true, primary: false, undeliverable: false, ...changes };
}

export function profile(of: User, identities: Identity[] = []): UserProfile {
  return { user: of, identities };
}

export function counts(requested: number): RelatedCounts {
  return { requested, assigned: 0, ccd: 0, organizationSubscriptions: 0 };
}
