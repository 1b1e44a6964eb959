import type { Identity } from '../../api/index.ts';

/** The list with `primaryId` as the one primary of `type` (null: none), other types untouched. */
export function withPrimary(identities: readonly Identity[], type: string, primaryId: number | null): Identity[] {
  return identities.map((identity) => {
    if (identity.type !== type) return identity;
    const primary = identity.id === primaryId;
    return identity.primary === primary ? identity : { ...identity, primary };
  });
}

/** The id of the primary identity of `type`, if there is one. */
export function primaryOf(identities: readonly Identity[], type: string): number | null {
  return identities.find((identity) => identity.type === type && identity.primary)?.id ?? null;
}

/** The list with `changed` in place of the identity with its id, or added at the end. */
export function withIdentity(identities: readonly Identity[], changed: Identity): Identity[] {
  const index = identities.findIndex((identity) => identity.id === changed.id);
  if (index === -1) return [...identities, changed];
  return identities.map((identity, at) => (at === index ? changed : identity));
}

export function withoutIdentity(identities: readonly Identity[], id: number): Identity[] {
  return identities.filter((identity) => identity.id !== id);
}

/** Which actions make sense for an identity: a primary cannot be made primary again, and so on. */
export function availableActions(identity: Identity): IdentityActionKind[] {
  const kinds: IdentityActionKind[] = [];
  if (!identity.primary) kinds.push('makePrimary');
  if (!identity.verified) kinds.push('verify');
  // Zendesk sends verification emails to email identities only.
  if (!identity.verified && identity.type === 'email') kinds.push('requestVerification');
  kinds.push('remove');
  return kinds;
}

export type IdentityActionKind = 'makePrimary' | 'verify' | 'requestVerification' | 'remove';
