import { el, field, replaceChildren, select } from './dom.ts';
import type { Workbench } from './workbench.ts';

const STATUS_LABEL: Record<string, string> = {
  new: 'New', open: 'Open', pending: 'Pending', hold: 'On-hold', solved: 'Solved', closed: 'Closed',
};

/** Everyone in the account, agents first, so the requester can be switched to anyone. */
function peopleOptions(workbench: Workbench): Array<{ value: string; label: string }> {
  const users = [...workbench.account.users.values()].sort(
    (a, b) => Number(a.role === 'end-user') - Number(b.role === 'end-user') || a.id - b.id,
  );
  return users.map((user) => ({ value: String(user.id), label: `${user.name} (${user.id}, ${user.role})` }));
}

function requesterField(workbench: Workbench): HTMLElement {
  const options = peopleOptions(workbench);
  const current = workbench.requesterId === null ? '' : String(workbench.requesterId);
  if (current !== '' && !options.some((o) => o.value === current)) {
    options.unshift({ value: current, label: `Deleted user (${current})` });
  }
  if (current === '') options.unshift({ value: '', label: '— none —' });
  const control = select(options, current, (value) => workbench.setRequester(value === '' ? null : Number(value)), {
    'data-testid': 'requester-select',
  });
  return field(workbench.state.location === 'user_sidebar' ? 'User' : 'Requester', control);
}

/** The left part of the agent workspace: the ticket (or the user) the app sits beside. */
export function renderTicket(root: HTMLElement, workbench: Workbench): void {
  const { account, state, ticketEdits } = workbench;
  const ticket = workbench.ticketId === null ? undefined : account.tickets.get(workbench.ticketId);
  const requester = workbench.requesterId === null ? undefined : account.users.get(workbench.requesterId);
  const agent = account.users.get(account.actingUserId);
  const subject = typeof ticketEdits['subject'] === 'string' ? ticketEdits['subject'] : ticket?.subject;
  const status = ticket?.status ?? 'new';

  const facts = state.location === 'user_sidebar'
    ? [
      el('dt', {}, 'Role'), el('dd', {}, requester?.role ?? '—'),
      el('dt', {}, 'Signed in as'), el('dd', {}, agent?.name ?? '—'),
    ]
    : [
      el('dt', {}, 'Assignee'), el('dd', {}, agent ? `${agent.name} (you)` : '—'),
      el('dt', {}, 'Status'), el('dd', {}, el('span', { class: `status status--${status}` }, STATUS_LABEL[status] ?? status)),
      el('dt', {}, 'Tags'), el('dd', {}, ticket?.tags.join(', ') || '—'),
      ...Object.entries(ticketEdits).flatMap(([name, value]) => [
        el('dt', {}, `${name} (set by app)`), el('dd', {}, JSON.stringify(value)),
      ]),
    ];
  const properties = el('div', { class: 'ticket__properties' }, requesterField(workbench), el('dl', { class: 'facts' }, ...facts));

  const heading = state.location === 'user_sidebar'
    ? el('h1', { class: 'ticket__subject' }, requester?.name ?? 'No user')
    : el('h1', { class: 'ticket__subject' }, ticket ? subject ?? '' : 'New ticket');

  const conversation = state.location === 'user_sidebar'
    ? el('p', { class: 'muted' }, 'User profile: the app sits in the user sidebar.')
    : el('article', { class: 'comment' },
      el('header', { class: 'comment__author' }, requester?.name ?? (ticket ? 'Deleted user' : 'No requester yet')),
      el('p', { class: 'comment__body' }, ticket?.description || (ticket ? '(no description)' : 'The agent is still writing this ticket.')),
    );

  replaceChildren(root,
    properties,
    el('div', { class: 'ticket__main' },
      el('p', { class: 'ticket__id' }, ticket ? `Ticket #${ticket.id}` : state.location === 'user_sidebar' ? 'User' : 'New ticket'),
      heading,
      conversation,
    ),
  );
}
