import { badRequest, notFound, ok, type Answer } from '../json/answers.ts';
import { isPageRequest, offsetPage, paginate, readPageRequest } from '../json/pagination.ts';
import { organizationJson, ticketJson } from '../json/serialize.ts';
import type { TicketRecord } from '../types.ts';
import { param, type RouteContext, type RouteTable } from './context.ts';

// Zendesk: Tickets API, "List Tickets" — /api/v2/users/{user_id}/tickets/requested|ccd|assigned,
// cursor or offset pagination (100 a page at most), `sort_by` (id, created_at, updated_at, status,
// subject …) and `sort_order` (asc, the default, or desc). Where the docs are silent, this account
// orders cursor pages by id only and answers an unknown sort_by with a 400.

type Which = (ticket: TicketRecord, userId: number) => boolean;

const sortable = {
  id: (t: TicketRecord) => t.id,
  created_at: (t: TicketRecord) => t.created_at,
  updated_at: (t: TicketRecord) => t.updated_at,
  status: (t: TicketRecord) => t.status,
  subject: (t: TicketRecord) => t.subject,
} as const;

function isSortKey(key: string): key is keyof typeof sortable {
  return key in sortable;
}

function listTickets(context: RouteContext, which: Which): Answer {
  const { account, url, origin } = context;
  const userId = param(context, 'userId');
  if (!account.users.has(userId)) return notFound();
  const page = readPageRequest(url.searchParams);
  if (!isPageRequest(page)) return page;
  const sortBy = url.searchParams.get('sort_by') ?? 'id';
  const order = url.searchParams.get('sort_order') ?? 'asc';
  if (!isSortKey(sortBy) || (order !== 'asc' && order !== 'desc')) {
    return badRequest('InvalidValue', 'sort_by or sort_order is not valid');
  }
  const key = sortable[sortBy];
  const sign = order === 'desc' ? -1 : 1;
  const tickets = [...account.tickets.values()]
    .filter((ticket) => which(ticket, userId))
    .sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id));
  const toJson = (ticket: TicketRecord) => ticketJson(ticket, origin);
  if (page.kind === 'offset') return ok(offsetPage(tickets, page, url, 'tickets', toJson));
  return ok(paginate([...tickets].sort((a, b) => a.id - b.id), page, url, 'tickets', toJson));
}

export const ticketListRoutes: RouteTable = {
  'tickets.requested': (context) => listTickets(context, (ticket, id) => ticket.requester_id === id),
  'tickets.ccd': (context) => listTickets(context, (ticket, id) => ticket.collaborator_ids.includes(id)),
  'tickets.assigned': (context) => listTickets(context, (ticket, id) => ticket.assignee_id === id),

  // Zendesk: Organizations API, "List Organizations" — /api/v2/users/{user_id}/organizations.
  'users.organizations': (context) => {
    const { account, url, origin } = context;
    const user = account.users.get(param(context, 'userId'));
    if (!user) return notFound();
    const page = readPageRequest(url.searchParams);
    if (!isPageRequest(page)) return page;
    const orgs = user.organization_ids.map((id) => account.organizations.get(id)).filter((org) => org !== undefined);
    const toJson = (org: (typeof orgs)[number]) => organizationJson(org, origin);
    return ok(page.kind === 'offset' ? offsetPage(orgs, page, url, 'organizations', toJson) : paginate(orgs, page, url, 'organizations', toJson));
  },
};
