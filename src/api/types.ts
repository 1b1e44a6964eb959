export type Role = 'end-user' | 'agent' | 'admin';

export interface User {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  /**
   * Zendesk's `shared_phone_number`: the phone field holds a number several users share, which
   * is no identity. Absent when the answer did not say.
   */
  phoneIsShared?: boolean;
  role: Role;
  /** Zendesk's role_type: 1 is a light agent, 4 an admin; null for end users. */
  roleType: number | null;
  organizationId: number | null;
  organizationName: string | null;
  suspended: boolean;
  active: boolean;
  /**
   * Zendesk's `shared` or `shared_agent`: shared from another Zendesk account by a sharing
   * agreement. Such users cannot be updated (403) or merged (422): they are changed there.
   */
  shared: boolean;
  notes: string;
  photoUrl: string | null;
  /**
   * What a merge would lose, as far as the read said (absent: not read). A merge keeps none of
   * these of the user merged away (Zendesk help, "Merging a user's duplicate account").
   */
  externalId?: string | null;
  tags?: readonly string[];
  details?: string;
  /** How many custom user fields hold a value. */
  userFieldCount?: number;
  /** Zendesk's `verified`: true when at least one of the user's identities is verified. */
  verified?: boolean;
  /** ISO time the account was created. */
  createdAt?: string | null;
}

// Zendesk: User Identities, "JSON format" — `type` also takes `any_channel` and `foreign`.
export const KNOWN_IDENTITY_TYPES = [
  'email', 'phone_number', 'twitter', 'facebook', 'google', 'microsoft', 'messaging', 'sdk', 'agent_forwarding',
  'any_channel', 'foreign',
] as const;
export type KnownIdentityType = (typeof KNOWN_IDENTITY_TYPES)[number];

export interface Identity {
  id: number;
  userId: number;
  /** One of KNOWN_IDENTITY_TYPES, or a newer type this app does not know yet. */
  type: string;
  value: string;
  verified: boolean;
  primary: boolean;
  undeliverable: boolean;
}

export interface RelatedCounts {
  requested: number;
  assigned: number;
  ccd: number;
  organizationSubscriptions: number;
}

export interface UserProfile {
  user: User;
  identities: Identity[];
  /** What the first read says about the requester beyond their identity; absent where a profile is built by hand. */
  details?: RequesterDetails;
  /**
   * False while `identities` may be only a part: the sideload was missing or long enough to be
   * cut (100 or more, see showProfile); the paginated list then completes it. Absent means complete.
   */
  identitiesComplete?: boolean;
}

/** An organization as the sideload or the user's organization list gives it. */
export interface Organization {
  id: number;
  name: string;
}

/**
 * The requester's details, from the same `GET /api/v2/users/{id}?include=identities,organizations`.
 * Zendesk: Users API, JSON format — `organization_id` is the default organization when the user
 * has several; `iana_time_zone` (e.g. "Pacific/Pago_Pago") next to the Rails name in `time_zone`;
 * `last_login_at` ISO 8601 or null; `locale` a BCP-47 tag; `tags` only with user tagging on.
 */
export interface RequesterDetails {
  /** The default organization first, then the others the sideload names. */
  organizations: Organization[];
  /**
   * False when the sideload cannot say whether these are all of them (it named at most the
   * default one): `GET /api/v2/users/{id}/organizations` can then be read on request.
   */
  organizationsComplete: boolean;
  defaultOrganizationId: number | null;
  /** IANA zone name, or null when Zendesk sent none this browser can use. */
  ianaTimeZone: string | null;
  /** Zendesk's own zone name ("Eastern Time (US & Canada)"), shown when there is no IANA zone. */
  timeZone: string | null;
  tags: string[];
  notes: string;
  details: string;
  /** ISO 8601, or null: never signed in (or Zendesk did not say). */
  lastLoginAt: string | null;
  /** BCP-47 tag, or null. */
  locale: string | null;
}

export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';

/** One line of a user's ticket list: Zendesk's ticket object, cut to what the list shows. */
export interface TicketSummary {
  id: number;
  /** As typed; '' when the ticket has none. Rendered as text. */
  subject: string;
  /** One of Zendesk's six, or null for a value this app does not know. */
  status: TicketStatus | null;
  /** ISO 8601, or null when missing. */
  updatedAt: string | null;
}

/** The three lists behind the related counts: `GET /api/v2/users/{id}/tickets/{kind}`. */
export type TicketListKind = 'requested' | 'ccd' | 'assigned';
