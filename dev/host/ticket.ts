import type { Account } from '../zendesk/index.ts';
import { el, field, replaceChildren } from './dom.ts';
import type { Workbench } from './workbench.ts';

const STATUS_LABEL: Record<string, string> = {
  new: 'New', open: 'Open', pending: 'Pending', hold: 'On-hold', solved: 'Solved', closed: 'Closed',
};

const ROLE_GROUP: ReadonlyArray<{ role: string; label: string }> = [
  { role: 'admin', label: 'Admins' },
  { role: 'agent', label: 'Agents' },
  { role: 'end-user', label: 'End users' },
];

/**
 * Everyone in the account, grouped by role, so the requester can be switched to anyone. The
 * role is the group's and the label is short (name and id): the column is narrow, and a long
 * option would be cut off in the closed list.
 */
function peopleGroups(workbench: Workbench): HTMLOptGroupElement[] {
  const current = workbench.requesterId;
  const users = [...workbench.account.users.values()].sort((a, b) => a.id - b.id);
  return ROLE_GROUP.map(({ role, label }) => el('optgroup', { attrs: { label } },
    ...users.filter((user) => user.role === role).map((user) =>
      el('option', { attrs: { value: String(user.id), selected: user.id === current } }, `${user.name} · ${user.id}`)),
  )).filter((group) => group.children.length > 0);
}

function requesterField(workbench: Workbench): HTMLElement {
  const current = workbench.requesterId;
  const person = current === null ? undefined : workbench.account.users.get(current);
  const extra: HTMLOptionElement[] = [];
  // A requester who no longer exists (deleted meanwhile) is still named by the ticket.
  if (current !== null && !person) extra.push(el('option', { attrs: { value: String(current), selected: true } }, `Deleted user · ${current}`));
  if (current === null) extra.push(el('option', { attrs: { value: '', selected: true } }, '— none —'));
  const control = el('select', {
    attrs: { 'data-testid': 'requester-select' },
    on: { change: () => workbench.setRequester(control.value === '' ? null : Number(control.value)) },
  }, ...extra, ...peopleGroups(workbench));
  const summary = person ? `${person.name} (${person.id}, ${person.role})` : current === null ? 'Nobody yet' : `User ${current} no longer exists`;
  return field(workbench.state.location === 'user_sidebar' ? 'User' : 'Requester', control, summary);
}

function authorName(account: Account, id: number): string {
  return account.users.get(id)?.name ?? 'Deleted user';
}

/** The ticket's conversation: the description, then every comment, private notes marked as Zendesk marks them. */
function conversation(workbench: Workbench): HTMLElement {
  const { account, state } = workbench;
  if (state.location === 'user_sidebar') return el('p', { class: 'muted' }, 'User profile: the app sits in the user sidebar.');
  const ticket = workbench.ticketId === null ? undefined : account.tickets.get(workbench.ticketId);
  const requester = workbench.requesterId === null ? undefined : account.users.get(workbench.requesterId);
  const opening = el('article', { class: 'comment' },
    el('header', { class: 'comment__author' }, requester?.name ?? (ticket ? 'Deleted user' : 'No requester yet')),
    el('p', { class: 'comment__body' }, ticket?.description || (ticket ? '(no description)' : 'The agent is still writing this ticket.')),
  );
  const comments = (ticket?.comments ?? []).map((comment) => el('article', {
    class: comment.public ? 'comment' : 'comment comment--internal',
    attrs: { 'data-testid': 'ticket-comment', 'aria-label': comment.public ? 'Public reply' : 'Internal note' },
  },
  el('header', { class: 'comment__author' }, authorName(account, comment.author_id),
    comment.public ? null : el('span', { class: 'comment__tag' }, 'Internal note')),
  el('p', { class: 'comment__body' }, comment.body),
  ));
  return el('div', { class: 'conversation', attrs: { 'data-testid': 'conversation' } }, opening, ...comments);
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

  replaceChildren(root,
    properties,
    el('div', { class: 'ticket__main' },
      el('p', { class: 'ticket__id' }, ticket ? `Ticket #${ticket.id}` : state.location === 'user_sidebar' ? 'User' : 'New ticket'),
      heading,
      conversation(workbench),
    ),
  );
}
