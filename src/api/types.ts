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
  /** Created by a sharing agreement: such users cannot be merged. */
  shared: boolean;
  notes: string;
  photoUrl: string | null;
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
  /**
   * False while `identities` may be only a part: the sideload was missing or long enough to be
   * cut (100 or more, see showProfile); the paginated list then completes it. Absent means complete.
   */
  identitiesComplete?: boolean;
}
