import { describe, expect, it } from 'vitest';
import { endpointNames, people, staff, type EndpointName } from '../index.ts';
import { useAccount, type Client, type Reply } from '../test-support.ts';
import { explain, responseSchemaName, validatorFor } from './schemas.ts';

const zendesk = useAccount();

type Extra = 'OffsetPagination' | 'CursorPagination' | 'Sideloads';

/** One answer of the fake, and where Zendesk's OpenAPI document says what it looks like. */
interface Row {
  endpoint: EndpointName;
  what: string;
  /** The operation in the OpenAPI document: method and path template. */
  operation: [method: string, path: string];
  status: number;
  send: (zd: Client) => Promise<Reply>;
  /** Envelope parts Zendesk adds beside the response schema (Pagination, Side-loading pages). */
  extras?: Extra[];
}

const dana = people.ordinary;
const danaEmail = (zd: Client) => zd.account.getIdentities(dana)[0]?.id ?? 0;
const USER = '/api/v2/users/{user_id}';
const IDENTITIES = `${USER}/identities`;
const IDENTITY = `${IDENTITIES}/{user_identity_id}`;

// One line per answer; a new endpoint of the fake is a new line here (or a line in OUT_OF_SCOPE).
const rows: Row[] = [
  { endpoint: 'users.me', what: 'the signed-in agent', operation: ['GET', '/api/v2/users/me'], status: 200, send: (zd) => zd.get('users/me.json') },
  { endpoint: 'users.show', what: 'a user', operation: ['GET', USER], status: 200, send: (zd) => zd.get(`users/${dana}.json`) },
  { endpoint: 'users.show', what: 'a user with sideloads', operation: ['GET', USER], status: 200, extras: ['Sideloads'],
    send: (zd) => zd.get(`users/${dana}.json?include=identities,organizations`) },
  { endpoint: 'users.show', what: 'a missing user', operation: ['GET', USER], status: 404, send: (zd) => zd.get('users/999999.json') },
  { endpoint: 'users.update', what: 'a suspension', operation: ['PUT', USER], status: 200, send: (zd) => zd.put(`users/${dana}.json`, { user: { suspended: true } }) },
  { endpoint: 'users.update', what: 'an invalid name', operation: ['PUT', USER], status: 422, send: (zd) => zd.put(`users/${dana}.json`, { user: { name: '' } }) },
  { endpoint: 'users.update', what: 'the sixth update in a minute', operation: ['PUT', USER], status: 429, send: async (zd) => {
    for (let i = 0; i < 5; i++) await zd.put(`users/${dana}.json`, { user: { notes: String(i) } });
    return zd.put(`users/${dana}.json`, { user: { notes: 'again' } });
  } },
  { endpoint: 'users.related', what: 'related counts', operation: ['GET', `${USER}/related`], status: 200, send: (zd) => zd.get(`users/${dana}/related.json`) },
  { endpoint: 'users.merge', what: 'a merge', operation: ['PUT', `${USER}/merge`], status: 200,
    send: (zd) => zd.put(`users/${people.zoeShop}/merge.json`, { user: { id: people.zoe } }) },
  { endpoint: 'users.merge', what: 'a refused merge', operation: ['PUT', `${USER}/merge`], status: 422,
    send: (zd) => zd.put(`users/${people.manyTickets}/merge.json`, { user: { id: people.zoe } }) },
  { endpoint: 'users.search', what: 'a search', operation: ['GET', '/api/v2/users/search'], status: 200, extras: ['OffsetPagination'],
    send: (zd) => zd.get('users/search.json?query=zoe') },
  { endpoint: 'users.autocomplete', what: 'an autocomplete', operation: ['GET', '/api/v2/users/autocomplete'], status: 200, extras: ['OffsetPagination'],
    send: (zd) => zd.get('users/autocomplete.json?name=zo') },
  { endpoint: 'users.show_many', what: 'several users', operation: ['GET', '/api/v2/users/show_many'], status: 200, extras: ['OffsetPagination'],
    send: (zd) => zd.get(`users/show_many.json?ids=${dana},${people.zoe}`) },
  { endpoint: 'identities.list', what: 'a cursor page', operation: ['GET', IDENTITIES], status: 200, extras: ['CursorPagination'],
    send: (zd) => zd.get(`users/${people.manyIdentities}/identities.json?page[size]=100`) },
  { endpoint: 'identities.list', what: 'an offset page', operation: ['GET', IDENTITIES], status: 200, extras: ['OffsetPagination'],
    send: (zd) => zd.get(`users/${dana}/identities.json`) },
  { endpoint: 'identities.list', what: 'a page size above 100', operation: ['GET', IDENTITIES], status: 400,
    send: (zd) => zd.get(`users/${dana}/identities.json?page[size]=101`) },
  { endpoint: 'identities.create', what: 'a new email', operation: ['POST', IDENTITIES], status: 201,
    send: (zd) => zd.post(`users/${dana}/identities.json`, { identity: { type: 'email', value: 'new@example.org' } }) },
  { endpoint: 'identities.create', what: 'a light agent’s attempt', operation: ['POST', IDENTITIES], status: 403, send: (zd) => {
    zd.account.setActingUser(staff.lightAgent);
    return zd.post(`users/${dana}/identities.json`, { identity: { type: 'email', value: 'new@example.org' } });
  } },
  { endpoint: 'identities.show', what: 'an identity', operation: ['GET', IDENTITY], status: 200, send: (zd) => zd.get(`users/${dana}/identities/${danaEmail(zd)}.json`) },
  { endpoint: 'identities.update', what: 'a verification flag', operation: ['PUT', IDENTITY], status: 200,
    send: (zd) => zd.put(`users/${dana}/identities/${danaEmail(zd)}.json`, { identity: { verified: true } }) },
  { endpoint: 'identities.delete', what: 'a removal', operation: ['DELETE', IDENTITY], status: 204, send: (zd) => zd.del(`users/${dana}/identities/${danaEmail(zd)}.json`) },
  { endpoint: 'identities.make_primary', what: 'a new primary', operation: ['PUT', `${IDENTITY}/make_primary`], status: 200,
    send: (zd) => zd.put(`users/${dana}/identities/${zd.account.getIdentities(dana)[1]?.id ?? 0}/make_primary.json`) },
  { endpoint: 'identities.verify', what: 'a verification', operation: ['PUT', `${IDENTITY}/verify`], status: 200,
    send: (zd) => zd.put(`users/${dana}/identities/${danaEmail(zd)}/verify.json`) },
  { endpoint: 'identities.request_verification', what: 'a verification email', operation: ['PUT', `${IDENTITY}/request_verification`], status: 200,
    send: (zd) => zd.put(`users/${dana}/identities/${danaEmail(zd)}/request_verification.json`) },
];

/** Endpoints of the fake outside the Users document this folder holds (organizations, tickets). */
// Organizations and Tickets APIs: not in the OpenAPI excerpt this fixture comes from (Users, Identities, Sessions, Memberships).
const OUT_OF_SCOPE: readonly string[] = [
  'organizations.show', 'tickets.show', 'tickets.update', 'tickets.comments',
  'users.organizations', 'tickets.requested', 'tickets.ccd', 'tickets.assigned',
  // Custom Agent Roles API, and the bulk sign-out (204, no body) that the excerpt names without a path of its own.
  'custom_roles.list', 'custom_roles.show', 'sessions.delete_all',
];

function validateBody(row: Row, reply: Reply): string {
  const [method, path] = row.operation;
  if (row.status >= 400) {
    // Zendesk's error body; the per-user update limit may answer in plain text instead.
    const json = (reply.headers.get('content-type') ?? '').includes('json');
    if (!json) return row.status === 429 ? '' : `a ${row.status} answered without JSON`;
    const validate = validatorFor(['Errors']);
    return validate(reply.json()) ? '' : explain(validate.errors);
  }
  const name = responseSchemaName(method, path, row.status);
  if (name === null) return reply.text === '' ? '' : `expected an empty body, got ${reply.text.slice(0, 80)}`;
  const validate = validatorFor([name, ...(row.extras ?? [])]);
  return validate(reply.json()) ? '' : explain(validate.errors);
}

describe('the fake answers in the shapes of Zendesk’s OpenAPI document', () => {
  it.each(rows.map((row) => [`${row.endpoint}: ${row.what} (${row.status})`, row] as const))('%s', async (_, row) => {
    const zd = zendesk.open();
    const reply = await row.send(zd);
    expect(reply.status).toBe(row.status);
    expect(validateBody(row, reply)).toBe('');
  });

  it('has a line for every endpoint of the fake', () => {
    const covered = new Set<string>([...rows.map((row) => row.endpoint), ...OUT_OF_SCOPE]);
    expect(endpointNames.filter((name) => !covered.has(name))).toEqual([]);
  });
});

describe('the contract check itself', () => {
  const validateUser = validatorFor(['UserResponse']);

  it('rejects a field Zendesk does not name', () => {
    expect(validateUser({ user: { id: 1, name: 'Dana', role: 'end-user', favourite_colour: 'teal' } })).toBe(false);
    expect(explain(validateUser.errors)).toContain('favourite_colour');
  });

  it('rejects a field of the wrong type, and an identity without its value', () => {
    expect(validateUser({ user: { id: '1', name: 'Dana' } })).toBe(false);
    const validateIdentities = validatorFor(['UserIdentitiesResponse']);
    expect(validateIdentities({ identities: [{ id: 1, user_id: 2, type: 'email' }] })).toBe(false);
  });

  it('rejects an envelope field the response does not name, unless its page kind is given', () => {
    const body = { users: [], next_page: null, previous_page: null, count: 0 };
    expect(validatorFor(['UsersResponse'])(body)).toBe(false);
    expect(validatorFor(['UsersResponse', 'OffsetPagination'])(body)).toBe(true);
  });

  it('accepts open objects where Zendesk leaves them open', () => {
    expect(validateUser({ user: { id: 1, name: 'Dana', user_fields: { membership_level: 'silver' } } })).toBe(true);
  });
});
