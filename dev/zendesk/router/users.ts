import { badRequest, notFound, ok, type Answer } from '../json/answers.ts';
import { isPageRequest, offsetPage, readOffsetRequest } from '../json/pagination.ts';
import { identityJson, organizationJson, userJson } from '../json/serialize.ts';
import { mergeRefusal, mergeUsers } from '../rules/merge.ts';
import { autocompleteUsers, searchUsers } from '../rules/search.ts';
import { canEditUser, canWriteIdentities } from '../rules/permissions.ts';
import { updateUser } from '../rules/update-user.ts';
import type { Account } from '../store/account.ts';
import type { UserRecord } from '../types.ts';
import { includes, isRecord, param, type RouteContext, type RouteTable } from './context.ts';

const maxShowMany = 100;
/**
 * Identities a user read sideloads per user. Zendesk documents no limit and no promise of
 * completeness for `include=identities`; only the paginated identities list is complete. The
 * account cuts the sideload at 100 so that the app must handle a cut list (modelling choice).
 */
export const sideloadedIdentitiesPerUser = 100;

/** The users with Zendesk's sideloads (`include=identities,organizations`) added at the top level. */
function withSideloads(context: RouteContext, users: readonly UserRecord[], payload: Record<string, unknown>): Answer {
  const { account, origin, url } = context;
  const wanted = includes(url);
  if (wanted.has('identities')) {
    payload.identities = users
      .flatMap((u) => account.identitiesOf(u.id).slice(0, sideloadedIdentitiesPerUser))
      .map((i) => identityJson(i, origin));
  }
  if (wanted.has('organizations')) {
    // Every membership, the default first (one plausible answer: the docs do not say; the app
    // also copes with a sideload that names only the default organization).
    const ids = new Set(users.flatMap((u) => u.organization_ids));
    payload.organizations = [...ids]
      .map((id) => account.organizations.get(id))
      .filter((org) => org !== undefined)
      .map((org) => organizationJson(org, origin));
  }
  if (wanted.has('abilities')) {
    // Side-loading docs, "Abilities": what the current user can do with each user, as a top-level
    // array keyed by user_id, with the four fields the docs show.
    const acting = account.actingUser;
    payload.abilities = users.map((user) => {
      const edit = canEditUser(account, acting, user);
      return {
        url: `${origin}/api/v2/users/${user.id}.json`,
        user_id: user.id,
        can_edit: edit,
        can_edit_password: edit,
        can_manage_identities_of: canWriteIdentities(account, acting, user),
        can_verify_identities: canWriteIdentities(account, acting, user),
      };
    });
  }
  return ok(payload);
}

function usersJson(account: Account, origin: string) {
  return (user: UserRecord) => userJson(account, user, origin);
}

export const userRoutes: RouteTable = {
  'users.me': (context) => {
    const { account, origin } = context;
    const me = account.actingUser;
    return withSideloads(context, [me], {
      user: { ...userJson(account, me, origin), authenticity_token: 'fake-authenticity-token' },
    });
  },

  'users.show': (context) => {
    const user = context.account.users.get(param(context, 'userId'));
    if (!user) return notFound();
    return withSideloads(context, [user], { user: userJson(context.account, user, context.origin) });
  },

  'users.update': (context) => updateUser(context.account, param(context, 'userId'), context.body, context.origin),

  'users.related': (context) => {
    const related = context.account.getRelated(param(context, 'userId'));
    return related ? ok({ user_related: related }) : notFound();
  },

  'users.merge': (context) => {
    const { account, body, origin } = context;
    const sourceId = param(context, 'userId');
    const target = isRecord(body) && isRecord(body.user) ? body.user.id : undefined;
    const targetId = typeof target === 'string' && /^\d+$/.test(target) ? Number(target) : target;
    const valid = typeof targetId === 'number' && Number.isInteger(targetId) ? targetId : null;
    const refusal = mergeRefusal(account, sourceId, valid);
    if (refusal || valid === null) return refusal ?? notFound();
    const source = account.users.get(sourceId);
    const survivor = account.users.get(valid);
    if (!source || !survivor) return notFound();
    mergeUsers(account, source, survivor);
    return ok({ user: userJson(account, survivor, origin) });
  },

  'users.search': (context) => {
    const { account, url, origin } = context;
    const page = readOffsetRequest(url.searchParams);
    if (!isPageRequest(page)) return page;
    const externalId = url.searchParams.get('external_id');
    const found =
      externalId !== null
        ? [...account.users.values()].filter((u) => u.external_id?.toLowerCase() === externalId.toLowerCase())
        : searchUsers(account, url.searchParams.get('query') ?? '');
    return ok(offsetPage(found, page, url, 'users', usersJson(account, origin)));
  },

  'users.autocomplete': (context) => {
    const { account, url, origin } = context;
    const name = url.searchParams.get('name');
    if (name === null) return badRequest('InvalidValue', 'The name parameter is required');
    const page = readOffsetRequest(url.searchParams);
    if (!isPageRequest(page)) return page;
    return ok(offsetPage(autocompleteUsers(account, name), page, url, 'users', usersJson(account, origin)));
  },

  'users.show_many': (context) => {
    const { account, url, origin } = context;
    const raw = url.searchParams.get('ids');
    if (raw === null) return badRequest('InvalidValue', 'The ids parameter is required');
    const ids = raw.split(',').map((part) => part.trim()).filter((part) => part !== '');
    if (ids.length > maxShowMany) return badRequest('TooManyValues', `No more than ${maxShowMany} ids are accepted`);
    // Unknown and deleted ids are left out, not reported.
    const users = [...new Set(ids.map(Number))]
      .map((id) => account.users.get(id))
      .filter((user) => user !== undefined);
    return withSideloads(context, users, {
      users: users.map(usersJson(account, origin)),
      next_page: null,
      previous_page: null,
      count: users.length,
    });
  },

  'organizations.show': (context) => {
    const org = context.account.organizations.get(param(context, 'organizationId'));
    return org ? ok({ organization: organizationJson(org, context.origin) }) : notFound();
  },
};
