import type { ErrorDetails } from '../json/answers.ts';
import type { Account } from '../store/account.ts';
import type { IdentityRecord, IdentityType } from '../types.ts';

export const identityTypes: readonly IdentityType[] = [
  'email',
  'phone_number',
  'twitter',
  'facebook',
  'google',
  'agent_forwarding',
  'sdk',
  'messaging',
  'microsoft',
];

export function isIdentityType(value: unknown): value is IdentityType {
  return typeof value === 'string' && (identityTypes as readonly string[]).includes(value);
}

const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;
const phoneTypes: readonly IdentityType[] = ['phone_number', 'agent_forwarding'];
const emailTypes: readonly IdentityType[] = ['email', 'google', 'microsoft'];

/** Phone identities are kept in E.164, whatever punctuation they arrive with. */
export function normalizeValue(type: IdentityType, value: string): string {
  const trimmed = value.trim();
  if (phoneTypes.includes(type)) return `+${trimmed.replace(/\D/g, '')}`;
  return trimmed;
}

/** The form two values are compared in: emails ignore case, phones ignore punctuation. */
export function comparableValue(type: IdentityType, value: string): string {
  if (phoneTypes.includes(type)) return value.replace(/\D/g, '');
  if (emailTypes.includes(type) || type === 'twitter') return value.trim().toLowerCase();
  return value.trim();
}

/** Field errors for a value of this type, or null when it is acceptable. */
export function validateValue(
  account: Account,
  type: IdentityType,
  value: unknown,
  ignoreIdentityId: number | null,
): ErrorDetails | null {
  if (typeof value !== 'string' || value.trim() === '') {
    return { value: [{ description: "Value: can't be blank", error: 'BlankValue' }] };
  }
  if (emailTypes.includes(type) && !emailPattern.test(value.trim())) {
    return { value: [{ description: `Value: ${value} is not properly formatted`, error: 'InvalidFormat' }] };
  }
  // E.164: a country code and at most 15 digits, with or without the usual punctuation.
  if (phoneTypes.includes(type) && !/^\+?[\d\s().-]+$/.test(value.trim())) {
    return { value: [{ description: `Value: ${value} is not a valid phone number`, error: 'InvalidFormat' }] };
  }
  if (phoneTypes.includes(type)) {
    const digits = value.replace(/\D/g, '');
    if (!value.trim().startsWith('+') || digits.length < 8 || digits.length > 15) {
      return { value: [{ description: `Value: ${value} is not a valid phone number`, error: 'InvalidFormat' }] };
    }
  }
  const owner = findIdentity(account, type, value);
  if (owner && owner.id !== ignoreIdentityId) {
    return {
      value: [{ description: `Value: ${value} is already being used by another user`, error: 'DuplicateValue' }],
    };
  }
  return null;
}

export function findIdentity(account: Account, type: IdentityType, value: string): IdentityRecord | undefined {
  const wanted = comparableValue(type, value);
  for (const identity of account.identities.values()) {
    if (identity.type === type && comparableValue(type, identity.value) === wanted) return identity;
  }
  return undefined;
}

/** Adds an identity; the first of its type becomes primary, as on Zendesk. */
export function addIdentity(
  account: Account,
  userId: number,
  type: IdentityType,
  value: string,
  verified: boolean,
): IdentityRecord {
  const at = account.timestamp();
  const identity: IdentityRecord = {
    id: account.nextId('identity'),
    user_id: userId,
    type,
    value: normalizeValue(type, value),
    verified,
    primary: !account.identitiesOf(userId).some((i) => i.type === type && i.primary),
    deliverable_state: 'deliverable',
    undeliverable_count: 0,
    created_at: at,
    updated_at: at,
  };
  account.identities.set(identity.id, identity);
  return identity;
}

/** One primary per type: the chosen identity takes the place of the previous primary of its type. */
export function makePrimary(account: Account, identity: IdentityRecord): void {
  const at = account.timestamp();
  for (const other of account.identitiesOf(identity.user_id)) {
    if (other.type !== identity.type) continue;
    const primary = other.id === identity.id;
    if (other.primary !== primary) {
      other.primary = primary;
      other.updated_at = at;
    }
  }
  touchUser(account, identity.user_id);
}

/**
 * Removes an identity. When the primary of a type goes, the oldest remaining identity of
 * that type becomes primary, so the user keeps an email and a phone on the profile.
 * Zendesk: User Identities, "Delete Identity" — "in certain cases" the number of a deleted phone
 * identity stays visible on the profile: here, when the user's last phone identity goes, its
 * number stays in the user's `phone` until `PUT /users/{id}` sets `phone: ""`.
 */
export function removeIdentity(account: Account, identity: IdentityRecord): void {
  account.identities.delete(identity.id);
  const successor = account.identitiesOf(identity.user_id).find((i) => i.type === identity.type);
  if (identity.primary && successor) successor.primary = true;
  const user = account.users.get(identity.user_id);
  if (user && identity.type === 'phone_number' && identity.primary && !successor) user.lingering_phone = identity.value;
  touchUser(account, identity.user_id);
}

export function touchUser(account: Account, userId: number): void {
  const user = account.users.get(userId);
  if (user) user.updated_at = account.timestamp();
}
