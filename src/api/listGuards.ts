import { list, record, ShapeError } from './guards.ts';
import type { Organization, TicketStatus, TicketSummary } from './types.ts';

// Guards for the lists the panel reads after its first view: the requester's organizations and
// their tickets. Strict where a wrong value would be shown.

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function positiveId(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) throw new ShapeError(`${what} is not an id`);
  return value;
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
