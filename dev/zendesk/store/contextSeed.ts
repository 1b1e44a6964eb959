import { people } from '../catalogue.ts';
import type { TicketRecord } from '../types.ts';
import type { Account } from './account.ts';
import { seedOrganization, seedTicket } from './seed.ts';

type Status = TicketRecord['status'];

/**
 * The requester's context: more organizations, time zones far from UTC, and tickets with
 * subjects, statuses and dates behind the related counts (requested, CC'd, assigned).
 * Runs after the scenarios' users and tickets exist.
 */
export function seedContext(account: Account): void {
  seedOrganization(account, { id: 9005, name: 'Portsmouth Cycling Club' });
  seedOrganization(account, { id: 9006, name: 'Solent Riders Co-op' });
  member(account, people.ordinary, [9001, 9005, 9006]);
  member(account, people.hostile, [9003, 9001]);

  // UTC+14 and UTC−11: a day apart from each other at the same instant.
  zone(account, people.hostile, 'Kiritimati', 'Pacific/Kiritimati');
  zone(account, people.suspended, 'American Samoa', 'Pacific/Pago_Pago');

  const ticket = (id: number, subject: string, status: Status, updated: string, more: Partial<TicketRecord> = {}) =>
    seedTicket(account, { id, subject, status, requester_id: people.ordinary, created_at: '2024-01-08T09:00:00Z', updated_at: updated, ...more });

  // Dana: eight requested, the scenario's own ticket (501) the latest; three CC'd.
  const current = account.tickets.get(501);
  if (current) current.updated_at = '2024-06-02T16:20:00Z';
  ticket(511, 'Invoice for May shows the wrong VAT number', 'pending', '2024-05-30T11:05:00Z');
  ticket(512, 'Can we add a second delivery address?', 'hold', '2024-05-21T08:45:00Z');
  ticket(513, 'Replacement derailleur hanger', 'solved', '2024-05-12T14:30:00Z');
  ticket(514, 'Catalogue for the autumn range', 'closed', '2024-04-02T10:00:00Z');
  ticket(515, 'Bulk discount for club orders', 'new', '2024-05-31T19:10:00Z');
  ticket(516, 'Tyre sizes for the gravel model', 'closed', '2024-02-14T09:15:00Z');
  ticket(517, 'Returns label did not arrive', 'solved', '2024-03-03T13:40:00Z');
  const cc = { collaborator_ids: [people.ordinary] };
  ticket(521, 'Club ride sponsorship (Dana in copy)', 'open', '2024-05-29T07:30:00Z', { ...cc, requester_id: people.zoe });
  ticket(522, 'Group order for the Solent Riders', 'pending', '2024-05-18T12:00:00Z', { ...cc, requester_id: people.anna });
  ticket(523, 'Warehouse move: new pickup times', 'solved', '2024-04-22T15:45:00Z', { ...cc, requester_id: people.zoe });

  // Priya, an agent requester: tickets assigned to her.
  const assigned = { requester_id: people.zoe, assignee_id: people.agentRequester };
  ticket(531, 'Frame size advice for a tall rider', 'open', '2024-06-01T10:00:00Z', assigned);
  ticket(532, 'Warranty question on carbon rims', 'pending', '2024-05-27T09:30:00Z', assigned);
  ticket(533, 'Store opening hours on holidays', 'solved', '2024-05-02T17:00:00Z', assigned);

  // Mallory: subjects carrying markup and script, which must show as text.
  ticket(541, '<img src=x onerror=alert("list")> Where is my refund?', 'open', '2024-06-01T22:00:00Z', { requester_id: people.hostile });
  ticket(542, '"><script>alert(document.domain)</script>', 'new', '2024-05-20T06:00:00Z', {
    requester_id: people.zoe, collaborator_ids: [people.hostile],
  });
  account.relatedOf(people.hostile).ccd_tickets = 1;
}

function member(account: Account, userId: number, organizationIds: number[]): void {
  const user = account.users.get(userId);
  if (!user) return;
  user.organization_id = organizationIds[0] ?? null;
  user.organization_ids = organizationIds;
}

function zone(account: Account, userId: number, railsName: string, iana: string): void {
  const user = account.users.get(userId);
  if (!user) return;
  user.time_zone = railsName;
  user.iana_time_zone = iana;
}
