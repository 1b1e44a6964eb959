import type { User } from '../../api/index.ts';

export type Reason =
  /** The normalized address both share. */
  | { kind: 'email'; value: string }
  /** The E.164 number both share; the code given to the candidate's number when it had none. */
  | { kind: 'phone'; value: string; assumedCountryCode: string | null }
  | { kind: 'name' };

export interface Duplicate {
  user: User;
  /** Strongest first. */
  reasons: Reason[];
}

/** An email is personal, a phone may be shared by a household, a name by strangers. */
const WEIGHT: Readonly<Record<Reason['kind'], number>> = { email: 4, phone: 2, name: 1 };

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
