import { badRequest, forbidden, invalidBase, notFound, type Answer } from '../json/answers.ts';
import type { Account } from '../store/account.ts';
import type { UserRecord } from '../types.ts';
import { canMerge } from './permissions.ts';

/** "the user in the path parameter must be a requester on 10,000 or fewer tickets" */
export const maxRequestedTicketsToMerge = 10_000;

/** The refusal Zendesk gives for this merge, or null when the merge may go ahead. */
export function mergeRefusal(account: Account, sourceId: number, targetId: number | null): Answer | null {
  if (!canMerge(account, account.actingUser)) {
    return forbidden('You do not have permission to merge users.');
  }
  if (targetId === null) {
    return badRequest('InvalidValue', 'The request body must name the user to merge into: { "user": { "id": … } }');
  }
  const source = account.users.get(sourceId);
  const target = account.users.get(targetId);
  if (!source || !target) return notFound();
  if (source.id === target.id) {
    return invalidBase('A user cannot be merged into itself.');
  }
  for (const user of [source, target]) {
    if (user.role !== 'end-user') {
      return invalidBase(`${describe(user)} is ${user.role === 'admin' ? 'an admin' : 'an agent'}. Only end users can be merged.`);
    }
    if (user.shared) {
      return invalidBase(`${describe(user)} was created by a sharing agreement and cannot be merged.`);
    }
  }
  // Zendesk help, "Merging a user's duplicate account": an unverified end user must have an
  // email address or an X (formerly Twitter) account to be merged.
  const sourceIdentities = account.identitiesOf(source.id);
  if (!sourceIdentities.some((i) => i.verified) && !sourceIdentities.some((i) => i.type === 'email' || i.type === 'twitter')) {
    return invalidBase(`${describe(source)} is not verified and has no email address or X account, so cannot be merged.`);
  }
  const requested = account.relatedOf(source.id).requested_tickets;
  if (requested > maxRequestedTicketsToMerge) {
    return invalidBase(
      `${describe(source)} is the requester on ${requested} tickets. Users who are the requester on more than ${maxRequestedTicketsToMerge} tickets cannot be merged.`,
    );
  }
  return null;
}

/**
 * Identity types that survive a merge. Zendesk help, "Merging a user's duplicate account": the
 * merging user loses all data except tickets and email identities; a later note there says
 * phone numbers now carry over too, so phone identities move here. Everything else of the
 * merging user — other identities, organization memberships, notes, details, tags, user fields,
 * external ID — is dropped with the user.
 */
export const movedIdentityTypes: ReadonlySet<string> = new Set(['email', 'phone_number']);

/**
 * Moves the tickets, email and phone identities of `source` onto `target`, then deletes `source`
 * with everything else it had. Moved identities are secondary, except where the target had no
 * identity of that type: each type keeps one primary.
 */
export function mergeUsers(account: Account, source: UserRecord, target: UserRecord): void {
  const at = account.timestamp();
  const targetTypes = new Set(account.identitiesOf(target.id).map((i) => i.type));
  for (const identity of account.identitiesOf(source.id)) {
    if (!movedIdentityTypes.has(identity.type)) continue;
    identity.user_id = target.id;
    identity.primary = identity.primary && !targetTypes.has(identity.type);
    identity.updated_at = at;
  }
  const from = account.relatedOf(source.id);
  const to = account.relatedOf(target.id);
  to.requested_tickets += from.requested_tickets;
  to.ccd_tickets += from.ccd_tickets;
  to.assigned_tickets += from.assigned_tickets;
  to.organization_subscriptions += from.organization_subscriptions;
  for (const ticket of account.tickets.values()) {
    if (ticket.requester_id === source.id) {
      ticket.requester_id = target.id;
      ticket.updated_at = at;
    }
    if (ticket.submitter_id === source.id) ticket.submitter_id = target.id;
  }
  target.shared_phone ??= source.shared_phone;
  target.updated_at = at;
  account.deleteUser(source.id);
}

function describe(user: UserRecord): string {
  return `${user.name} (${user.id})`;
}
