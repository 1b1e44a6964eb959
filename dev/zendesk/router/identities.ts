import { created, forbidden, invalidBase, noContent, notFound, ok, recordInvalid, type Answer } from '../json/answers.ts';
import { isPageRequest, paginate, readPageRequest } from '../json/pagination.ts';
import { identityJson } from '../json/serialize.ts';
import { addIdentity, isIdentityType, makePrimary, normalizeValue, removeIdentity, touchUser, validateValue } from '../rules/identities.ts';
import { canWriteIdentities } from '../rules/permissions.ts';
import type { IdentityRecord, UserRecord } from '../types.ts';
import { isRecord, param, type RouteContext, type RouteTable } from './context.ts';

type Found = { user: UserRecord; identity: IdentityRecord };

/**
 * The identity endpoints are "Allowed for agents" and "an agent can add an identity to any
 * user profile"; light agents and roles that may not edit end users' profiles are refused.
 */
function mayWrite(context: RouteContext, user: UserRecord): boolean {
  return canWriteIdentities(context.account, context.account.actingUser, user);
}

function findUser(context: RouteContext): UserRecord | undefined {
  return context.account.users.get(param(context, 'userId'));
}

function find(context: RouteContext): Found | Answer {
  const user = findUser(context);
  const identity = context.account.identities.get(param(context, 'identityId'));
  if (!user || !identity || identity.user_id !== user.id) return notFound();
  return { user, identity };
}

function isFound(value: Found | Answer): value is Found {
  return 'identity' in value;
}

/** Runs `action` on the identity in the path, after the checks every write shares. */
function write(context: RouteContext, action: (found: Found) => Answer): Answer {
  const found = find(context);
  if (!isFound(found)) return found;
  if (!mayWrite(context, found.user)) return forbidden();
  return action(found);
}

function one(context: RouteContext, identity: IdentityRecord): Answer {
  return ok({ identity: identityJson(identity, context.origin) });
}

function sendVerification(context: RouteContext, identity: IdentityRecord): void {
  context.account.verificationEmails.push({
    identityId: identity.id,
    userId: identity.user_id,
    to: identity.value,
    at: context.account.timestamp(),
  });
}

export const identityRoutes: RouteTable = {
  'identities.list': (context) => {
    const { account, url, origin } = context;
    const user = findUser(context);
    if (!user) return notFound();
    const page = readPageRequest(url.searchParams);
    if (!isPageRequest(page)) return page;
    const types = url.searchParams.getAll('type[]');
    const list = account.identitiesOf(user.id).filter((i) => types.length === 0 || types.includes(i.type));
    return ok(paginate(list, page, url, 'identities', (i) => identityJson(i, origin)));
  },

  'identities.show': (context) => {
    const found = find(context);
    return isFound(found) ? one(context, found.identity) : found;
  },

  'identities.create': (context) => {
    const user = findUser(context);
    if (!user) return notFound();
    if (!mayWrite(context, user)) return forbidden();
    const body = isRecord(context.body) ? context.body : {};
    const input = isRecord(body.identity) ? body.identity : {};
    const type = input.type;
    if (!isIdentityType(type)) {
      return recordInvalid({ type: [{ description: 'Type: is not included in the list', error: 'InvalidValue' }] });
    }
    const invalid = validateValue(context.account, type, input.value, null);
    if (invalid) return recordInvalid(invalid);
    const identity = addIdentity(context.account, user.id, type, String(input.value), input.verified === true);
    touchUser(context.account, user.id);
    const skip = input.skip_verify_email === true || body.skip_verify_email === true;
    if (type === 'email' && !identity.verified && !skip) sendVerification(context, identity);
    return created({ identity: identityJson(identity, context.origin) });
  },

  'identities.update': (context) =>
    write(context, ({ identity }) => {
      const input = isRecord(context.body) && isRecord(context.body.identity) ? context.body.identity : {};
      const verified = input.verified ?? (input.verification_method === undefined ? undefined : input.verification_method !== 'none');
      if (verified !== undefined && typeof verified !== 'boolean') {
        return recordInvalid({ verified: [{ description: 'Verified: must be true or false', error: 'InvalidValue' }] });
      }
      if ('value' in input) {
        const invalid = validateValue(context.account, identity.type, input.value, identity.id);
        if (invalid) return recordInvalid(invalid);
      }
      // `primary` is ignored here: only make_primary changes it.
      if ('value' in input) identity.value = normalizeValue(identity.type, String(input.value));
      if (typeof verified === 'boolean') identity.verified = verified;
      identity.updated_at = context.account.timestamp();
      touchUser(context.account, identity.user_id);
      return one(context, identity);
    }),

  'identities.delete': (context) =>
    write(context, ({ user, identity }) => {
      if (context.account.identitiesOf(user.id).length === 1) {
        return invalidBase('A user must keep at least one identity.', 'LastIdentity');
      }
      removeIdentity(context.account, identity);
      return noContent();
    }),

  'identities.make_primary': (context) =>
    write(context, ({ user, identity }) => {
      makePrimary(context.account, identity);
      const all = context.account.identitiesOf(user.id).map((i) => identityJson(i, context.origin));
      return ok({ identities: all });
    }),

  'identities.verify': (context) =>
    write(context, ({ identity }) => {
      identity.verified = true;
      identity.updated_at = context.account.timestamp();
      touchUser(context.account, identity.user_id);
      return one(context, identity);
    }),

  'identities.request_verification': (context) =>
    write(context, ({ identity }) => {
      if (identity.type !== 'email') {
        return recordInvalid({
          type: [{ description: 'Verification emails can only be sent to email identities', error: 'InvalidValue' }],
        });
      }
      sendVerification(context, identity);
      // Zendesk answers with an empty body, not with JSON.
      return { status: 200, text: '' };
    }),
};
