import { list, record, ShapeError } from './guards.ts';
import type { Organization, RequesterContext, TicketStatus, TicketSummary } from './types.ts';

// Guards for the requester's context and their ticket lists. Lenient where Zendesk may leave a
// field out (tags without user tagging, a null time zone), strict where a wrong value would be shown.

type Loose = Record<string, unknown>;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function positiveId(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) throw new ShapeError(`${what} is not an id`);
  return value;
}

/**
 * The user's organizations, the default one (`organization_id`) first. Zendesk's docs do not say
 * whether the `organizations` sideload of a single user names every membership or only the
 * default one, so the list counts as complete only when it has no default, or names more than it.
 */
export function parseRequesterContext(user: Loose, organizations: ReadonlyMap<number, string>): RequesterContext {
  const defaultId = typeof user['organization_id'] === 'number' && user['organization_id'] > 0 ? user['organization_id'] : null;
  const named: Organization[] = [...organizations].map(([id, name]) => ({ id, name }));
  const ordered = [...named.filter((org) => org.id === defaultId), ...named.filter((org) => org.id !== defaultId)];
  const tags = Array.isArray(user['tags']) ? user['tags'].filter((tag): tag is string => typeof tag === 'string') : [];
  return {
    organizations: ordered,
    organizationsComplete: defaultId === null || (ordered.length > 1 && ordered[0]?.id === defaultId),
    defaultOrganizationId: defaultId,
    ianaTimeZone: text(user['iana_time_zone']),
    timeZone: text(user['time_zone']),
    tags,
    notes: typeof user['notes'] === 'string' ? user['notes'] : '',
    details: typeof user['details'] === 'string' ? user['details'] : '',
    lastLoginAt: text(user['last_login_at']),
    locale: text(user['locale']),
  };
}

/** `{ organizations: [...] }` from `GET /api/v2/users/{id}/organizations`. */
export function parseOrganizationList(body: unknown): Organization[] {
  return list(record(body, 'body')['organizations'], 'organizations').map((item) => {
    const raw = record(item, 'organization');
    const name = raw['name'];
    if (typeof name !== 'string') throw new ShapeError('organization.name is not text');
    return { id: positiveId(raw['id'], 'organization.id'), name };
  });
}

const STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];

/** One ticket of a list; a subject may be null (tickets made by API without one). */
export function parseTicketSummary(value: unknown): TicketSummary {
  const raw = record(value, 'ticket');
  return {
    id: positiveId(raw['id'], 'ticket.id'),
    subject: typeof raw['subject'] === 'string' ? raw['subject'] : '',
    status: STATUSES.find((status) => status === raw['status']) ?? null,
    updatedAt: text(raw['updated_at']),
  };
}

/** `{ tickets: [...], count? }`: the tickets and Zendesk's total when it sent one (offset pagination). */
export function parseTicketList(body: unknown): { tickets: TicketSummary[]; count: number | null } {
  const raw = record(body, 'body');
  const count = raw['count'];
  return {
    tickets: list(raw['tickets'], 'tickets').map(parseTicketSummary),
    count: typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : null,
  };
}
