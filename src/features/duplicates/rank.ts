import type { User } from '../../api/index.ts';

import type { EmailRule } from './emailRules.ts';

/**
 * Why a user is listed, quoting what people typed: `theirs` is the candidate's value and
 * `requesters` the requester's that it matches, each as written.
 */
export type Reason =
  /** Addresses that reach one mailbox; `rules` are the normalizations that made them one (none when written alike). */
  | { kind: 'email'; theirs: string; requesters: string; rules: EmailRule[] }
  /**
   * Numbers that are one number: `international` is it as its country writes it ("+49 30 1234567"),
   * `assumedCountryCode` the code given to a number written without one.
   */
  | { kind: 'phone'; theirs: string; requesters: string; international: string; assumedCountryCode: string | null }
  | { kind: 'name' }
  /** The candidate's email is one the requester wrote in this ticket's conversation (`written` as they wrote it). */
  | { kind: 'wrote-email'; theirs: string; written: string; rules: EmailRule[] }
  /** The candidate's phone is a number the requester wrote in this ticket's conversation. */
  | { kind: 'wrote-phone'; theirs: string; written: string; international: string; assumedCountryCode: string | null };

export interface Duplicate {
  user: User;
  /** Strongest first. */
  reasons: Reason[];
}

/** An email is personal, a phone may be shared by a household, a name by strangers. */
// What the requester wrote weighs like their own identity of that kind: they gave it as theirs.
const WEIGHT: Readonly<Record<Reason['kind'], number>> = { email: 4, 'wrote-email': 4, phone: 2, 'wrote-phone': 2, name: 1 };

// The weights are powers of two: for the same number of reasons, the larger sum is the one
// whose strongest reason is stronger.
const strength = (duplicate: Duplicate) => duplicate.reasons.reduce((sum, reason) => sum + WEIGHT[reason.kind], 0);

/** More reasons first; then the stronger reasons (email > phone > name); then the older account. */
export function compareDuplicates(a: Duplicate, b: Duplicate): number {
  return b.reasons.length - a.reasons.length || strength(b) - strength(a) || a.user.id - b.user.id;
}

export function rankDuplicates(duplicates: readonly Duplicate[]): Duplicate[] {
  return [...duplicates].sort(compareDuplicates);
}
