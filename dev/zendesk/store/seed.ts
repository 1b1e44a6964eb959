import type { CustomRoleRecord, IdentityRecord, IdentityType, OrganizationRecord, RelatedCounts, TicketRecord, UserRecord } from '../types.ts';
import type { Account } from './account.ts';

/** The people the workbench can act as, one per kind of agent Zendesk presents. */
export const staff = { admin: 1001, agent: 1002, lightAgent: 1003, profileEditor: 1021, readOnlyAgent: 1022 } as const;

/** The account's custom roles (Enterprise): Zendesk's own light agent role and two of the account's. */
export const customRoles = { lightAgent: 7001, profileEditor: 7002, readOnly: 7003 } as const;

export type IdentitySeed = [type: IdentityType, value: string, options?: { verified?: boolean; primary?: boolean; undeliverable?: boolean }];

export interface UserSeed extends Partial<Omit<UserRecord, 'id' | 'name'>> {
  id: number;
  name: string;
  identities?: IdentitySeed[];
  related?: Partial<RelatedCounts>;
}

export function seedUser(account: Account, seed: UserSeed): UserRecord {
  const { identities = [], related = {}, ...fields } = seed;
  const createdAt = fields.created_at ?? '2021-06-01T09:00:00Z';
  const user: UserRecord = {
    role: 'end-user',
    role_type: null,
    custom_role_id: null,
    organization_id: null,
    suspended: false,
    active: true,
    shared: false,
    notes: '',
    details: '',
    alias: '',
    external_id: null,
    photo: null,
    tags: [],
    locale: 'en-US',
    time_zone: 'Eastern Time (US & Canada)',
    iana_time_zone: 'America/New_York',
    shared_phone: null,
    last_login_at: null,
    updated_at: createdAt,
    ...fields,
    organization_ids: fields.organization_ids ?? (fields.organization_id ? [fields.organization_id] : []),
    created_at: createdAt,
  };
  account.users.set(user.id, user);
  account.related.set(user.id, {
    assigned_tickets: 0,
    requested_tickets: 0,
    ccd_tickets: 0,
    organization_subscriptions: 0,
    ...related,
  });
  const primaryTaken = new Set<IdentityType>();
  for (const [type, value, options = {}] of identities) {
    const primary = options.primary ?? !primaryTaken.has(type);
    if (primary) primaryTaken.add(type);
    const identity: IdentityRecord = {
      // Seeding always runs in the same order, so seeded identities always get the same ids.
      id: account.nextId('identity'),
      user_id: user.id,
      type,
      value,
      verified: options.verified ?? false,
      primary,
      deliverable_state: options.undeliverable ? 'undeliverable' : 'deliverable',
      undeliverable_count: options.undeliverable ? 3 : 0,
      created_at: createdAt,
      updated_at: createdAt,
    };
    account.identities.set(identity.id, identity);
  }
  return user;
}

export function seedOrganization(account: Account, org: Pick<OrganizationRecord, 'id' | 'name'> & Partial<OrganizationRecord>): void {
  account.organizations.set(org.id, {
    domain_names: [],
    details: '',
    notes: '',
    tags: [],
    created_at: '2020-01-15T10:00:00Z',
    updated_at: '2020-01-15T10:00:00Z',
    ...org,
  });
}

export function seedTicket(
  account: Account,
  ticket: Pick<TicketRecord, 'id' | 'subject' | 'requester_id'> & Partial<TicketRecord>,
): void {
  const createdAt = ticket.created_at ?? '2024-05-02T08:15:00Z';
  account.tickets.set(ticket.id, {
    description: ticket.subject,
    status: 'open',
    submitter_id: ticket.requester_id,
    assignee_id: staff.agent,
    organization_id: null,
    collaborator_ids: [],
    tags: [],
    comments: [],
    updated_at: createdAt,
    ...ticket,
    created_at: createdAt,
  });
}

function seedCustomRole(account: Account, role: Omit<CustomRoleRecord, 'created_at' | 'updated_at'>): void {
  account.customRoles.set(role.id, { ...role, created_at: '2021-03-01T10:00:00Z', updated_at: '2025-09-30T10:00:00Z' });
}

export function seedStaff(account: Account): void {
  seedOrganization(account, { id: 9004, name: 'Lumen Bicycles', domain_names: ['lumenbikes.example'] });
  seedCustomRole(account, {
    id: customRoles.lightAgent, name: 'Light agent', description: 'Can view and add private comments',
    role_type: 1, configuration: { end_user_profile_access: 'readonly', light_agent: true, manage_roles: false },
  });
  seedCustomRole(account, {
    id: customRoles.profileEditor, name: 'Profile editor', description: 'Creates and edits end users, never deletes them',
    role_type: 0, configuration: { end_user_profile_access: 'edit', light_agent: false, manage_roles: false },
  });
  seedCustomRole(account, {
    id: customRoles.readOnly, name: 'Read-only reviewer', description: 'Reads tickets and profiles',
    role_type: 0, configuration: { end_user_profile_access: 'readonly', light_agent: false, manage_roles: false },
  });
  const agentFields = { role: 'agent', organization_id: 9004, time_zone: 'Pacific Time (US & Canada)' } as const;
  seedUser(account, {
    id: staff.admin,
    name: 'Morgan Reyes',
    role: 'admin',
    role_type: 4,
    organization_id: 9004,
    created_at: '2019-02-11T16:20:00Z',
    identities: [['email', 'morgan.reyes@lumenbikes.example', { verified: true }]],
    related: { assigned_tickets: 12 },
  });
  seedUser(account, {
    ...agentFields,
    id: staff.agent,
    name: 'Sam Okafor',
    created_at: '2020-08-03T14:05:00Z',
    identities: [['email', 'sam.okafor@lumenbikes.example', { verified: true }]],
    related: { assigned_tickets: 41 },
  });
  seedUser(account, {
    ...agentFields,
    id: staff.lightAgent,
    name: 'Lee Ahn',
    role_type: 1,
    custom_role_id: customRoles.lightAgent,
    created_at: '2022-01-10T11:45:00Z',
    identities: [['email', 'lee.ahn@lumenbikes.example', { verified: true }]],
  });
  seedUser(account, {
    ...agentFields,
    id: staff.profileEditor,
    name: 'Jonas Berg',
    role_type: 0,
    custom_role_id: customRoles.profileEditor,
    created_at: '2023-04-17T08:30:00Z',
    identities: [['email', 'jonas.berg@lumenbikes.example', { verified: true }]],
  });
  seedUser(account, {
    ...agentFields,
    id: staff.readOnlyAgent,
    name: 'Tomás Ruiz',
    role_type: 0,
    custom_role_id: customRoles.readOnly,
    created_at: '2024-02-05T13:10:00Z',
    identities: [['email', 'tomas.ruiz@lumenbikes.example', { verified: true }]],
  });
}
