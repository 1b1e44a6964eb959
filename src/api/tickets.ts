import { parseTicketList } from './listGuards.ts';
import { record } from './guards.ts';
import { shaped, userPath } from './shape.ts';
import type { Transport } from './transport.ts';
import type { TicketListKind, TicketSummary } from './types.ts';

/**
 * Adds a private note (an internal comment) to the ticket. `body` is plain text: Zendesk shows
 * it escaped, so values people typed stay text. A write, so it is sent once and never retried.
 */
export async function addPrivateNote(t: Transport, ticketId: number, body: string): Promise<void> {
  const path = `/api/v2/tickets/${encodeURIComponent(String(ticketId))}.json`;
  const answer = await t.write('PUT', path, { body: { ticket: { comment: { body, public: false } } } });
  shaped('PUT', path, () => record(record(answer, 'body')['ticket'], 'ticket'));
}

/** How many tickets a list shows (not exported: every export here becomes an API operation). */
const TICKET_LIST_SIZE = 5;

/**
 * The latest tickets behind one of the related counts, newest update first.
 * Zendesk: Tickets API, "List Tickets" — `GET /api/v2/users/{user_id}/tickets/requested|ccd|assigned`;
 * offset pagination takes `sort_by` (`updated_at` among others) and `sort_order` (`asc` default,
 * `desc`), and `per_page`. The answer is sorted again here, so an account that ignored the order
 * would still show its newest first among what it sent. `count` is Zendesk's total when sent.
 */
export async function listUserTickets(
  t: Transport,
  userId: number,
  kind: TicketListKind,
  signal?: AbortSignal,
): Promise<{ tickets: TicketSummary[]; count: number | null }> {
  const path = `${userPath(userId)}/tickets/${kind}.json`;
  const query = { sort_by: 'updated_at', sort_order: 'desc', per_page: TICKET_LIST_SIZE };
  const body = await t.read(path, { query, signal });
  const answer = shaped('GET', path, () => parseTicketList(body));
  const newest = [...answer.tickets].sort((a, b) => (Date.parse(b.updatedAt ?? '') || 0) - (Date.parse(a.updatedAt ?? '') || 0));
  return { tickets: newest.slice(0, TICKET_LIST_SIZE), count: answer.count };
}
