import { record } from './guards.ts';
import { shaped } from './shape.ts';
import type { Transport } from './transport.ts';

/**
 * Adds a private note (an internal comment) to the ticket. `body` is plain text: Zendesk shows
 * it escaped, so values people typed stay text. A write, so it is sent once and never retried.
 */
export async function addPrivateNote(t: Transport, ticketId: number, body: string): Promise<void> {
  const path = `/api/v2/tickets/${encodeURIComponent(String(ticketId))}.json`;
  const answer = await t.write('PUT', path, { body: { ticket: { comment: { body, public: false } } } });
  shaped('PUT', path, () => record(record(answer, 'body')['ticket'], 'ticket'));
}
