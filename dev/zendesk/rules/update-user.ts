import { badRequest, forbidden, notFound, ok, recordInvalid, userUpdateLimited, type Answer, type ErrorDetails } from '../json/answers.ts';
import { userJson } from '../json/serialize.ts';
import type { Account } from '../store/account.ts';
import type { Role, UserRecord } from '../types.ts';
import { isRecord } from '../util.ts';
import { addIdentity, findIdentity, touchUser, validateValue } from './identities.ts';
import { canChangeRole, canEditUser } from './permissions.ts';

const roles: readonly Role[] = ['end-user', 'agent', 'admin'];
const textFields = ['notes', 'details', 'alias', 'locale', 'time_zone'] as const;

type Change = (user: UserRecord) => void;

/**
 * PUT /api/v2/users/{id}. The per-user allowance is taken before permissions are checked,
 * so refused attempts use it up too, as with any rate limit applied ahead of the action.
 */
export function updateUser(account: Account, userId: number, body: unknown, origin: string): Answer {
  const user = account.users.get(userId);
  if (!user) return notFound();
  const decision = account.updateLimiter.take(String(userId));
  const headers = {
    'Zendesk-RateLimit-create-update-user': `total=${decision.limit}; remaining=${decision.remaining}; resets=${decision.resetsSeconds}`,
  };
  if (!decision.allowed) return userUpdateLimited(decision.retryAfterSeconds, headers);
  const acting = account.actingUser;
  // Users API, JSON format, `shared`: "Shared users can be added to organizations but cannot be
  // modified through update requests. Any attempt to update a shared user results in a 403".
  if (user.shared) return { ...forbidden(), headers };
  if (!canEditUser(account, acting, user)) return { ...forbidden(), headers };
  const changes = isRecord(body) ? body.user : undefined;
  if (!isRecord(changes)) return badRequest('InvalidValue', 'The request body must contain a user object');
  if ('role' in changes && changes.role !== user.role && !canChangeRole(acting)) return forbidden();

  const details: ErrorDetails = {};
  const apply: Change[] = [];
  const fail = (field: string, description: string, error = 'InvalidValue') => {
    details[field] = [{ description, error }];
  };

  if ('name' in changes) {
    const name = changes.name;
    if (typeof name !== 'string' || name.trim() === '') fail('name', "Name: can't be blank", 'BlankValue');
    else apply.push((u) => (u.name = name.trim()));
  }
  if ('suspended' in changes) {
    const suspended = changes.suspended;
    if (typeof suspended !== 'boolean') fail('suspended', 'Suspended: must be true or false');
    else apply.push((u) => (u.suspended = suspended));
  }
  for (const field of textFields) {
    if (!(field in changes)) continue;
    const value = changes[field];
    if (typeof value === 'string' || (value === null && field !== 'locale' && field !== 'time_zone')) {
      apply.push((u) => (u[field] = value ?? ''));
    } else {
      fail(field, `${field}: must be a string`);
    }
  }
  if ('tags' in changes) {
    const tags = changes.tags;
    if (!Array.isArray(tags) || !tags.every((t): t is string => typeof t === 'string')) fail('tags', 'Tags: must be a list of strings');
    else apply.push((u) => (u.tags = [...new Set(tags.map((t) => t.trim().toLowerCase()).filter((t) => t !== ''))]));
  }
  if ('organization_id' in changes) {
    const orgId = changes.organization_id;
    if (orgId !== null && (typeof orgId !== 'number' || !account.organizations.has(orgId))) {
      fail('organization_id', 'Organization: is invalid');
    } else {
      // Zendesk: Users API, "Organization ID" — updating it makes it the default and removes
      // every other membership.
      apply.push((u) => {
        u.organization_id = orgId;
        u.organization_ids = orgId === null ? [] : [orgId];
      });
    }
  }
  if ('role' in changes && changes.role !== user.role) {
    const role = roles.find((r) => r === changes.role);
    if (!role) fail('role', 'Role: is invalid');
    else {
      apply.push((u) => {
        u.role = role;
        u.role_type = role === 'admin' ? 4 : null;
      });
    }
  }
  const verified = changes.verified;
  if ('email' in changes) {
    const invalid = validateValue(account, 'email', changes.email, null);
    const email = changes.email;
    if (invalid?.value) details.email = invalid.value;
    else if (typeof email === 'string') {
      // On update an email is added as a secondary identity; the primary stays.
      apply.push((u) => addIdentity(account, u.id, 'email', email, verified === true));
    }
  } else if (typeof verified === 'boolean') {
    apply.push((u) => {
      const primary = account.identitiesOf(u.id).find((i) => i.type === 'email' && i.primary);
      if (primary) primary.verified = verified;
    });
  }
  if ('phone' in changes) applyPhone(account, changes.phone, apply, fail);

  if (Object.keys(details).length > 0) return recordInvalid(details);
  for (const change of apply) change(user);
  touchUser(account, user.id);
  return { ...ok({ user: userJson(account, user, origin) }), headers };
}

/**
 * "If the phone number is unique, it is added as a direct line and a user identity is created;
 * if it is not unique, it is added as a shared number." An empty string removes the number.
 */
function applyPhone(account: Account, phone: unknown, apply: Change[], fail: (field: string, description: string) => void) {
  if (phone === '' || phone === null) {
    apply.push((u) => {
      u.shared_phone = null;
      u.lingering_phone = null;
    });
    return;
  }
  if (typeof phone !== 'string') return fail('phone', 'Phone: must be a string');
  const invalid = validateValue(account, 'phone_number', phone, null);
  if (invalid && !findIdentity(account, 'phone_number', phone)) return fail('phone', `Phone: ${phone} is not a valid phone number`);
  if (findIdentity(account, 'phone_number', phone)) {
    apply.push((u) => (u.shared_phone = phone));
  } else {
    apply.push((u) => addIdentity(account, u.id, 'phone_number', phone, false));
  }
}
