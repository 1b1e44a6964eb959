import type { CommentRecord, IdentityRecord, OrganizationRecord, TicketRecord, UserRecord } from '../types.ts';

/** What a user's JSON needs of the account: their identities (the account store passes itself). */
export interface IdentitySource {
  identitiesOf(userId: number): readonly IdentityRecord[];
}

/** The user object as an agent or admin receives it. */
export function userJson(account: IdentitySource, user: UserRecord, origin: string) {
  const identities = account.identitiesOf(user.id);
  const primaryEmail = identities.find((i) => i.type === 'email' && i.primary);
  const primaryPhone = identities.find((i) => i.type === 'phone_number' && i.primary);
  const isAgent = user.role !== 'end-user';
  return {
    id: user.id,
    url: `${origin}/api/v2/users/${user.id}.json`,
    name: user.name,
    email: primaryEmail?.value ?? null,
    created_at: user.created_at,
    updated_at: user.updated_at,
    time_zone: user.time_zone,
    iana_time_zone: user.iana_time_zone,
    phone: primaryPhone?.value ?? user.lingering_phone ?? user.shared_phone,
    shared_phone_number: primaryPhone || user.lingering_phone ? false : user.shared_phone === null ? null : true,
    photo:
      user.photo === null
        ? null
        : {
            ...user.photo,
            // Seeded photos live on the account itself, wherever it is reached from.
            content_url: user.photo.content_url.startsWith('/') ? origin + user.photo.content_url : user.photo.content_url,
            thumbnails: [],
          },
    locale_id: 1,
    locale: user.locale,
    organization_id: user.organization_id,
    role: user.role,
    verified: identities.some((i) => i.verified),
    external_id: user.external_id,
    tags: [...user.tags],
    alias: user.alias,
    active: user.active,
    shared: user.shared,
    shared_agent: user.shared && isAgent,
    last_login_at: user.last_login_at,
    two_factor_auth_enabled: null,
    signature: isAgent ? '' : null,
    details: user.details,
    notes: user.notes,
    role_type: user.role_type,
    custom_role_id: user.custom_role_id,
    moderator: isAgent,
    ticket_restriction: isAgent ? null : 'requested',
    only_private_comments: false,
    restricted_agent: user.role === 'agent',
    suspended: user.suspended,
    default_group_id: null,
    report_csv: false,
    user_fields: {},
  };
}

export type UserJson = ReturnType<typeof userJson>;

export function identityJson(identity: IdentityRecord, origin: string) {
  return {
    url: `${origin}/api/v2/users/${identity.user_id}/identities/${identity.id}.json`,
    id: identity.id,
    user_id: identity.user_id,
    type: identity.type,
    value: identity.value,
    verified: identity.verified,
    primary: identity.primary,
    created_at: identity.created_at,
    updated_at: identity.updated_at,
    deliverable_state: identity.deliverable_state,
    undeliverable_count: identity.undeliverable_count,
  };
}

export type IdentityJson = ReturnType<typeof identityJson>;

export function organizationJson(org: OrganizationRecord, origin: string) {
  return {
    url: `${origin}/api/v2/organizations/${org.id}.json`,
    id: org.id,
    name: org.name,
    shared_tickets: false,
    shared_comments: false,
    external_id: null,
    created_at: org.created_at,
    updated_at: org.updated_at,
    domain_names: [...org.domain_names],
    details: org.details,
    notes: org.notes,
    group_id: null,
    tags: [...org.tags],
    organization_fields: {},
  };
}

export function ticketJson(ticket: TicketRecord, origin: string) {
  return {
    url: `${origin}/api/v2/tickets/${ticket.id}.json`,
    id: ticket.id,
    external_id: null,
    type: null,
    subject: ticket.subject,
    raw_subject: ticket.subject,
    description: ticket.description,
    priority: null,
    status: ticket.status,
    requester_id: ticket.requester_id,
    submitter_id: ticket.submitter_id,
    assignee_id: ticket.assignee_id,
    organization_id: ticket.organization_id,
    collaborator_ids: [...ticket.collaborator_ids],
    follower_ids: [],
    tags: [...ticket.tags],
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
  };
}

export function commentJson(comment: CommentRecord) {
  return {
    id: comment.id,
    type: 'Comment',
    author_id: comment.author_id,
    body: comment.body,
    html_body: comment.html_body,
    plain_body: comment.body,
    public: comment.public,
    attachments: [],
    created_at: comment.created_at,
  };
}
