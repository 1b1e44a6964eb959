import type { Identity, UserProfile } from '../../../api/index.ts';

/** One way to reach a user as the comparison lists it: an identity, or the profile's phone field. */
export interface Reach {
  /** Unique within one user's list. */
  key: string;
  type: string;
  value: string;
  /** The phone number is in the user's `phone` field only, not an identity. */
  profileField: boolean;
}

const digits = (value: string) => value.replace(/\D/g, '');

/** Phone numbers match when one's digits end the other's: "+1 555 014 2233" and "(555) 014-2233". */
function samePhone(a: string, b: string): boolean {
  const [x, y] = [digits(a), digits(b)];
  if (x.length < 7 || y.length < 7) return false;
  return x.length >= y.length ? x.endsWith(y) : y.endsWith(x);
}

const isPhone = (type: string) => type === 'phone_number' || type === 'phone';

function same(a: Reach, b: Reach): boolean {
  if (isPhone(a.type) && isPhone(b.type)) return samePhone(a.value, b.value);
  return a.type === b.type && a.value.trim().toLowerCase() === b.value.trim().toLowerCase();
}

/**
 * Every identity of the user, then the profile's phone number when no identity holds it
 * (Zendesk keeps a "shared number" outside the identities).
 */
export function reachOf({ user, identities }: UserProfile): Reach[] {
  const list: Reach[] = identities.map((identity: Identity) => ({
    key: `identity-${identity.id}`, type: identity.type, value: identity.value, profileField: false,
  }));
  if (user.phone !== null) {
    const field: Reach = { key: 'phone-field', type: 'phone', value: user.phone, profileField: true };
    if (!list.some((reach) => same(reach, field))) list.push(field);
  }
  return list;
}

/**
 * The keys of `own` that the other user has as well: why the two look like one person. Emails
 * and other values compare without case; phone numbers by their digits.
 */
export function matchingKeys(own: readonly Reach[], other: readonly Reach[]): Set<string> {
  return new Set(own.filter((reach) => other.some((theirs) => same(reach, theirs))).map((reach) => reach.key));
}
