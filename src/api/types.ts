export type Role = 'end-user' | 'agent' | 'admin';

export interface User {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
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
  /**
   * What a merge would lose, as far as the read said (absent: not read). A merge keeps none of
   * these of the user merged away (Zendesk help, "Merging a user's duplicate account").
   */
  externalId?: string | null;
  tags?: readonly string[];
  details?: string;
  /** How many custom user fields hold a value. */
  userFieldCount?: number;
  /** Zendesk's `verified`: any of the user's identities is verified. */
  verified?: boolean;
  /** ISO time the account was created. */
  createdAt?: string | null;
}

export const KNOWN_IDENTITY_TYPES = [
  'email', 'phone_number', 'twitter', 'facebook', 'google', 'microsoft', 'messaging', 'sdk', 'agent_forwarding',
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
}
