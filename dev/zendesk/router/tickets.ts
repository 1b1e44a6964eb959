import { badRequest, notFound, ok, recordInvalid } from '../json/answers.ts';
import { commentJson, ticketJson } from '../json/serialize.ts';
import { staffKind } from '../rules/permissions.ts';
import type { CommentRecord, TicketRecord } from '../types.ts';
import { isRecord, param, type RouteTable } from './context.ts';

const statuses: ReadonlyArray<TicketRecord['status']> = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '').trim();

export const ticketRoutes: RouteTable = {
  'tickets.show': (context) => {
    const ticket = context.account.tickets.get(param(context, 'ticketId'));
    return ticket ? ok({ ticket: ticketJson(ticket, context.origin) }) : notFound();
  },

  'tickets.comments': (context) => {
    const ticket = context.account.tickets.get(param(context, 'ticketId'));
    if (!ticket) return notFound();
    return ok({ comments: ticket.comments.map(commentJson), next_page: null, previous_page: null, count: ticket.comments.length });
  },

  'tickets.update': (context) => {
    const { account, body, origin } = context;
    const ticket = account.tickets.get(param(context, 'ticketId'));
    if (!ticket) return notFound();
    const changes = isRecord(body) ? body.ticket : undefined;
    if (!isRecord(changes)) return badRequest('InvalidValue', 'The request body must contain a ticket object');
    const status = changes.status;
    if (status !== undefined && !statuses.some((s) => s === status)) {
      return recordInvalid({ status: [{ description: 'Status: is not valid', error: 'InvalidValue' }] });
    }
    let comment: CommentRecord | null = null;
    if (changes.comment !== undefined) {
      const input = isRecord(changes.comment) ? changes.comment : {};
      const text = typeof input.body === 'string' ? input.body : null;
      const html = typeof input.html_body === 'string' ? input.html_body : null;
      if ((text ?? stripTags(html ?? '')).trim() === '') {
        return recordInvalid({ comment: [{ description: "Comment: body can't be blank", error: 'BlankValue' }] });
      }
      const author = account.actingUser;
      comment = {
        id: account.nextId('comment'),
        author_id: author.id,
        body: text ?? stripTags(html ?? ''),
        html_body: html ?? `<div class="zd-comment" dir="auto"><p>${escapeHtml(text ?? '')}</p></div>`,
        // Zendesk makes a comment public unless told otherwise; light agents can only add private ones.
        public: staffKind(author) === 'light-agent' ? false : input.public !== false,
        created_at: account.timestamp(),
      };
      ticket.comments.push(comment);
    }
    if (typeof changes.subject === 'string') ticket.subject = changes.subject;
    if (status !== undefined) ticket.status = statuses.find((s) => s === status) ?? ticket.status;
    ticket.updated_at = account.timestamp();
    const events = comment ? [commentJson(comment)] : [];
    return ok({
      ticket: ticketJson(ticket, origin),
      audit: {
        id: account.nextId('audit'),
        ticket_id: ticket.id,
        created_at: ticket.updated_at,
        author_id: account.actingUserId,
        events,
      },
    });
  },
};
