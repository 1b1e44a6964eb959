import { staff } from '../zendesk/index.ts';
import type { Account } from '../zendesk/index.ts';
import type { AgentLocale, AgentRole } from './state.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };
type JsonObject = { [key: string]: Json | undefined };

/** The seeded person the workbench acts as for each agent role. */
export const staffFor: Readonly<Record<AgentRole, number>> = {
  admin: staff.admin,
  agent: staff.agent,
  'light-agent': staff.lightAgent,
  'profile-editor': staff.profileEditor,
  'read-only': staff.readOnlyAgent,
};

function organizations(account: Account, organizationId: number | null): Json[] {
  const org = organizationId === null ? undefined : account.organizations.get(organizationId);
  if (!org) return [];
  return [{
    id: org.id,
    name: org.name,
    domains: org.domain_names.join(' '),
    details: org.details,
    notes: org.notes,
    tags: [...org.tags],
    externalId: null,
    sharedTickets: false,
    sharedComments: false,
  }];
}

/** A user as ZAF's `ticket.requester`, `user` and `currentUser` APIs describe one (camelCase, nested). */
export function zafUser(account: Account, id: number, accountOrigin: string): JsonObject | null {
  const user = account.users.get(id);
  if (!user) return null;
  const identities: Json[] = account.identitiesOf(id).map((identity) => ({
    id: identity.id,
    userId: identity.user_id,
    type: identity.type,
    value: identity.value,
    verified: identity.verified,
    primary: identity.primary,
  }));
  const email = account.identitiesOf(id).find((identity) => identity.type === 'email' && identity.primary);
  return {
    id: user.id,
    name: user.name,
    email: email?.value ?? null,
    alias: user.alias,
    avatarUrl: user.photo ? new URL(user.photo.content_url, accountOrigin).href : null,
    details: user.details,
    notes: user.notes,
    externalId: user.external_id,
    locale: user.locale,
    role: user.role,
    signature: null,
    tags: [...user.tags],
    groups: [],
    identities,
    organizations: organizations(account, user.organization_id),
    timeZone: { name: user.time_zone, ianaName: user.iana_time_zone },
    isSystemUser: false,
  };
}

/** A requester the ticket still names after the user was deleted: Zendesk keeps showing who it was. */
function deletedUser(id: number): JsonObject {
  return { id, name: 'Deleted user', email: null, role: 'end-user', avatarUrl: null, tags: [], groups: [], identities: [], organizations: [] };
}

export function zafRequester(account: Account, id: number | null, accountOrigin: string): JsonObject | null {
  if (id === null) return null;
  return zafUser(account, id, accountOrigin) ?? deletedUser(id);
}

/**
 * ZAF's `currentUser.role` is "admin", "agent", or on Enterprise the name of a custom role: a
 * light agent is "agent" there, like any agent (ZAF Core API, user object). Only the API tells them apart.
 */
function zafRole(account: Account, id: number): string {
  const user = account.users.get(id);
  if (!user || user.role !== 'agent' || user.custom_role_id === null || user.role_type === 1) return user?.role ?? 'agent';
  return account.customRoles.get(user.custom_role_id)?.name ?? 'agent';
}

export function zafCurrentUser(account: Account, locale: AgentLocale, accountOrigin: string): JsonObject {
  const id = account.actingUserId;
  return { ...(zafUser(account, id, accountOrigin) ?? { id, name: 'Agent' }), role: zafRole(account, id), locale };
}

export interface TicketView {
  ticketId: number | null;
  requesterId: number | null;
  /** Fields the app changed with `set`; they win over the account's record, as unsaved edits do. */
  edits: Readonly<Record<string, Json>>;
}

export function zafTicket(account: Account, view: TicketView, accountOrigin: string): JsonObject {
  const ticket = view.ticketId === null ? null : account.tickets.get(view.ticketId) ?? null;
  const base: JsonObject = {
    id: ticket?.id ?? null,
    subject: ticket?.subject ?? '',
    description: ticket?.description ?? '',
    status: ticket?.status ?? 'new',
    type: null,
    priority: null,
    tags: ticket ? [...ticket.tags] : [],
    createdAt: ticket?.created_at ?? null,
    updatedAt: ticket?.updated_at ?? null,
    requester: zafRequester(account, view.requesterId, accountOrigin),
    assignee: { user: ticket?.assignee_id ? zafUser(account, ticket.assignee_id, accountOrigin) : null, group: null },
    organization: organizations(account, ticket?.organization_id ?? null)[0] ?? null,
    collaborators: [],
    via: { channel: ticket?.via_channel ?? 'web' },
    conversation: zafConversation(account, ticket?.id ?? null, ticket?.via_channel ?? 'web', accountOrigin),
    comments: zafComments(account, ticket?.id ?? null, accountOrigin),
  };
  return { ...base, ...view.edits };
}

export function zafAccount(): JsonObject {
  return { subdomain: 'workbench', planName: 'enterprise', timeZone: { name: 'UTC', ianaName: 'Etc/UTC' } };
}

/** Reads a dotted ZAF path (`ticket.requester.email`) from `root`; undefined when the path does not exist. */
export function readPath(root: JsonObject, path: string): { found: true; value: Json } | { found: false } {
  let value: Json | undefined = root;
  for (const part of path.split('.')) {
    if (value === null) return { found: true, value: null };
    if (typeof value !== 'object' || Array.isArray(value) || !(part in value)) return { found: false };
    value = value[part];
  }
  return value === undefined ? { found: false } : { found: true, value };
}

/** What a ticket says about one of its authors in ZAF's conversation and comment objects. */
function zafAuthor(account: Account, id: number, accountOrigin: string): JsonObject {
  const user = account.users.get(id);
  return {
    id,
    name: user?.name ?? 'Deleted user',
    role: user?.role ?? 'end-user',
    avatar: user?.photo ? new URL(user.photo.content_url, accountOrigin).href : null,
  };
}

interface Said {
  authorId: number;
  html: string;
  isPublic: boolean;
  at: string;
}

/** The ticket's words in order: the description (the first comment, by the submitter), then every comment. */
function said(account: Account, ticketId: number | null): Said[] {
  const ticket = ticketId === null ? undefined : account.tickets.get(ticketId);
  if (!ticket) return [];
  const opening: Said = { authorId: ticket.submitter_id, html: `<p>${escapeHtml(ticket.description)}</p>`, isPublic: true, at: ticket.created_at };
  return [opening, ...ticket.comments.map((comment) => ({ authorId: comment.author_id, html: comment.html_body, isPublic: comment.public, at: comment.created_at }))];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * ZAF Support API, ticket sidebar, Ticket object: `ticket.conversation` — the agent workspace's
 * list of messages `{ author: { id, name, role, avatar }, channel: { name }, message: { content,
 * contentType }, timestamp }`. Zendesk's description does not say whether or how an internal
 * note is marked there: the workbench lists notes with their author (an agent) and `isPublic:
 * false`, and the app tells the requester's words by author id, so it needs neither.
 */
export function zafConversation(account: Account, ticketId: number | null, channel: string, accountOrigin: string): Json[] {
  return said(account, ticketId).map((entry) => ({
    author: zafAuthor(account, entry.authorId, accountOrigin),
    channel: { name: entry.isPublic ? channel : 'internal' },
    message: { content: entry.html, contentType: 'text/html' },
    timestamp: entry.at,
    isPublic: entry.isPublic,
  }));
}

/** ZAF Support API, ticket sidebar, Comment object: `ticket.comments` — `{ id, author, value (HTML), isPublic }`. */
export function zafComments(account: Account, ticketId: number | null, accountOrigin: string): Json[] {
  return said(account, ticketId).map((entry, index) => ({
    id: index + 1,
    author: zafAuthor(account, entry.authorId, accountOrigin),
    value: entry.html,
    isPublic: entry.isPublic,
  }));
}
