import type { Identity, RelatedCounts, Role, User } from './types.ts';

/** Thrown by the guards; the transport's caller turns it into a malformed ApiError. */
export class ShapeError extends Error {
  override readonly name = 'ShapeError';
}

type Loose = Record<string, unknown>;

export function record(value: unknown, what: string): Loose {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(`${what} is not an object`);
  return value as Loose;
}

export function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(`${what} is not a list`);
  return value;
}

function id(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) throw new ShapeError(`${what} is not an id`);
  return value;
}

function count(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new ShapeError(`${what} is not a count`);
  return Math.floor(value);
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new ShapeError(`${what} is not text`);
  return value;
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function optionalId(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

const ROLES: readonly Role[] = ['end-user', 'agent', 'admin'];

export function parseUser(value: unknown, organizations: ReadonlyMap<number, string> = new Map()): User {
  const raw = record(value, 'user');
  const role = ROLES.find((known) => known === raw['role']);
  if (!role) throw new ShapeError('user.role is unknown');
  const organizationId = optionalId(raw['organization_id']);
  const photo = typeof raw['photo'] === 'object' && raw['photo'] !== null ? (raw['photo'] as Loose) : {};
  return {
    id: id(raw['id'], 'user.id'),
    name: text(raw['name'], 'user.name'),
    email: optionalText(raw['email']),
    phone: optionalText(raw['phone']),
    ...(typeof raw['shared_phone_number'] === 'boolean' ? { phoneIsShared: raw['shared_phone_number'] } : {}),
    role,
    roleType: typeof raw['role_type'] === 'number' ? raw['role_type'] : null,
    organizationId,
    organizationName: organizationId === null ? null : organizations.get(organizationId) ?? null,
    suspended: raw['suspended'] === true,
    active: raw['active'] !== false,
    // Users API, JSON format: `shared` "if the user is shared from a different Zendesk Support
    // instance", `shared_agent` "if the user is a shared agent from" one: either way changed there.
    shared: raw['shared'] === true || raw['shared_agent'] === true,
    notes: typeof raw['notes'] === 'string' ? raw['notes'] : '',
    photoUrl: optionalText(photo['content_url']),
    ...mergeFacts(raw),
  };
}

/** The fields only the merge comparison reads: what the user merged away would lose. */
function mergeFacts(raw: Loose): Pick<User, 'externalId' | 'tags' | 'details' | 'userFieldCount' | 'verified' | 'createdAt'> {
  const fields = typeof raw['user_fields'] === 'object' && raw['user_fields'] !== null ? Object.values(raw['user_fields']) : [];
  return {
    externalId: optionalText(raw['external_id']),
    tags: Array.isArray(raw['tags']) ? raw['tags'].filter((tag): tag is string => typeof tag === 'string') : [],
    details: typeof raw['details'] === 'string' ? raw['details'] : '',
    userFieldCount: fields.filter((value) => value !== null && value !== '' && value !== false).length,
    verified: raw['verified'] === true,
    createdAt: optionalText(raw['created_at']),
  };
}

export function parseIdentity(value: unknown): Identity {
  const raw = record(value, 'identity');
  return {
    id: id(raw['id'], 'identity.id'),
    userId: id(raw['user_id'], 'identity.user_id'),
    type: text(raw['type'], 'identity.type'),
    value: text(raw['value'], 'identity.value'),
    verified: raw['verified'] === true,
    primary: raw['primary'] === true,
    undeliverable: raw['deliverable_state'] === 'undeliverable',
  };
}

export function parseOrganizations(value: unknown): Map<number, string> {
  const names = new Map<number, string>();
  if (value === undefined) return names;
  for (const item of list(value, 'organizations')) {
    const raw = record(item, 'organization');
    names.set(id(raw['id'], 'organization.id'), text(raw['name'], 'organization.name'));
  }
  return names;
}

export function parseRelated(value: unknown): RelatedCounts {
  const raw = record(record(value, 'body')['user_related'], 'user_related');
  return {
    requested: count(raw['requested_tickets'], 'requested_tickets'),
    assigned: count(raw['assigned_tickets'], 'assigned_tickets'),
    ccd: count(raw['ccd_tickets'], 'ccd_tickets'),
    organizationSubscriptions: count(raw['organization_subscriptions'] ?? 0, 'organization_subscriptions'),
  };
}
