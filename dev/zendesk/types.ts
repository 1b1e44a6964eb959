import type { EndpointName } from './endpoints.ts';

export type Role = 'end-user' | 'agent' | 'admin';

export type IdentityType =
  | 'email'
  | 'phone_number'
  | 'twitter'
  | 'facebook'
  | 'google'
  | 'agent_forwarding'
  | 'sdk'
  | 'messaging'
  | 'microsoft'
  // Zendesk: User Identities, "JSON format" — seeded only; the create endpoint does not list them.
  | 'any_channel'
  | 'foreign';

export interface Photo {
  id: number;
  name: string;
  content_url: string;
  content_type: string;
  size: number;
}

/** A user as the account stores it; email, phone and verified are derived from identities. */
export interface UserRecord {
  id: number;
  name: string;
  role: Role;
  /** Zendesk's role_type: null for plain agents and end users, 1 light agent, 4 admin. */
  role_type: number | null;
  /** The agent's custom role (Enterprise), light agents included; null for everyone else. */
  custom_role_id: number | null;
  organization_id: number | null;
  /** Every organization the user belongs to, the default (`organization_id`) first. */
  organization_ids: number[];
  suspended: boolean;
  /**
   * False once deleted (Users API: "false if the user has been deleted"). Such a user still answers
   * 200; a user removed from the account answers 404. Zendesk may do either.
   */
  active: boolean;
  /** Created by a ticket-sharing agreement with another Zendesk account. */
  shared: boolean;
  notes: string;
  details: string;
  alias: string;
  external_id: string | null;
  photo: Photo | null;
  tags: string[];
  locale: string;
  time_zone: string;
  iana_time_zone: string;
  /** A phone number held outside identities: Zendesk's "shared number" (several users may hold it). */
  shared_phone: string | null;
  /**
   * The number of a removed phone identity that the profile still shows in `phone` (User
   * Identities, "Delete Identity": "a phone number associated with an identity is still visible
   * on the user profile after the identity has been deleted"); `phone: ""` clears it.
   */
  lingering_phone?: string | null;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

/**
 * Custom Agent Roles API: "What the agent can do with end-user profiles. Allowed values: "edit",
 * "edit-within-org", "full", "readonly"". Since September 2025 creating and editing end users is a
 * permission of its own, without deleting them (Zendesk announcement "Announcing a new permission to
 * create and edit end users"); the docs do not say which value carries it, so the account reads
 * "full" as the only one that also deletes.
 */
export type EndUserProfileAccess = 'edit' | 'edit-within-org' | 'full' | 'readonly';

export interface CustomRoleRecord {
  id: number;
  name: string;
  description: string;
  /** 0 custom agent, 1 light agent (Custom Agent Roles API, `role_type`). */
  role_type: number;
  configuration: { end_user_profile_access: EndUserProfileAccess; light_agent: boolean; manage_roles: boolean };
  created_at: string;
  updated_at: string;
}

export interface IdentityRecord {
  id: number;
  user_id: number;
  type: IdentityType;
  value: string;
  verified: boolean;
  primary: boolean;
  deliverable_state: 'deliverable' | 'undeliverable';
  undeliverable_count: number;
  created_at: string;
  updated_at: string;
}

export interface OrganizationRecord {
  id: number;
  name: string;
  domain_names: string[];
  details: string;
  notes: string;
  tags: string[];
  created_at: string;
  updated_at: string;
}

export interface RelatedCounts {
  assigned_tickets: number;
  requested_tickets: number;
  ccd_tickets: number;
  organization_subscriptions: number;
}

export interface CommentRecord {
  id: number;
  author_id: number;
  body: string;
  html_body: string;
  public: boolean;
  created_at: string;
}

export interface TicketRecord {
  id: number;
  subject: string;
  description: string;
  status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
  /** May point to a user who no longer exists. */
  requester_id: number;
  submitter_id: number;
  assignee_id: number | null;
  organization_id: number | null;
  /** CC'd users: the ones `GET /api/v2/users/{id}/tickets/ccd` lists the ticket for. */
  collaborator_ids: number[];
  tags: string[];
  comments: CommentRecord[];
  /** How the ticket came in (Zendesk's `via.channel`: web, email, native_messaging…); web when absent. */
  via_channel?: string;
  created_at: string;
  updated_at: string;
}

export type ScenarioName =
  | 'ordinary'
  | 'duplicates'
  | 'international-duplicates'
  | 'suspended'
  | 'agent-requester'
  | 'many-tickets'
  | 'many-identities'
  | 'messaging-user'
  | 'hostile-markup'
  | 'shared-user'
  | 'deleted-requester'
  | 'deleted-inactive'
  | 'new-ticket'
  | 'several-accounts'
  | 'messaging-visitor';

export interface ScenarioInfo {
  name: ScenarioName;
  label: string;
  /** null for a ticket that is still being created. */
  ticketId: number | null;
  requesterId: number | null;
  description: string;
}

export interface ZendeskError {
  error: string;
  description?: string;
  details?: Record<string, Array<{ description: string; error: string }>>;
}

export type FaultKind =
  | { kind: 'latency'; ms: number }
  | {
      kind: 'status';
      status: number;
      retryAfterSeconds?: number;
      body?: ZendeskError;
      /** The change is made, then the answer is lost: the ambiguous write a client must survive. */
      committed?: boolean;
    }
  | { kind: 'malformed'; shape: 'invalid-json' | 'wrong-shape'; committed?: boolean }
  | { kind: 'hang' };

export type Fault = FaultKind & {
  endpoint: EndpointName | '*';
  /** Default 'always'. A 'once' fault is spent by the first request it answers. */
  apply?: 'once' | 'always';
  /** Lets this many matching requests through first: a fault in the middle of a run. */
  after?: number;
};

export interface RequestLogEntry {
  method: string;
  url: string;
  endpoint: EndpointName | null;
  status: number;
  durationMs: number;
  fault: FaultKind['kind'] | null;
}

export type RequestListener = (entry: RequestLogEntry) => void;

export interface VerificationEmail {
  identityId: number;
  userId: number;
  to: string;
  at: string;
}
