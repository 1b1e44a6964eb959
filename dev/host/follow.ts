import type { Account } from '../zendesk/index.ts';
import type { Json } from './zafData.ts';

/** What the ticket pane last showed: whom the ticket names, and how many comments it had. */
export interface TicketView {
  ticketId: number | null;
  requesterId: number | null;
  comments: number;
}

export interface HostEvent {
  name: string;
  data: Json;
}

/**
 * What the agent workspace does when the account changed under an open ticket, e.g. after the
 * app merged its requester away: the ticket is shown as Zendesk now stores it, and the app hears
 * the change through the ticket's property events.
 *
 * - Zendesk help, "Merging a user's duplicate account": the merged user's requested tickets move
 *   to the user kept, so the ticket names the survivor (`ticket.requester.id.changed`, one of ZAF's
 *   ticket sidebar `ticket.<property>.changed` events).
 * - A comment added through the API shows in the conversation (`ticket.conversation.changed`).
 *
 * Returns the view to show next and the events to send; no events when nothing changed.
 */
export function followAccount(account: Account, shown: TicketView): { view: TicketView; events: HostEvent[] } {
  const ticket = shown.ticketId === null ? undefined : account.tickets.get(shown.ticketId);
  if (!ticket) return { view: shown, events: [] };
  const events: HostEvent[] = [];
  let requesterId = shown.requesterId;
  if (ticket.requester_id !== shown.requesterId && account.users.has(ticket.requester_id)) {
    requesterId = ticket.requester_id;
    events.push({ name: 'ticket.requester.id.changed', data: requesterId });
  }
  if (ticket.comments.length !== shown.comments) {
    events.push({ name: 'ticket.conversation.changed', data: null });
  }
  return { view: { ticketId: shown.ticketId, requesterId, comments: ticket.comments.length }, events };
}
