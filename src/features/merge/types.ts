import type { RelatedCounts, User, UserProfile } from '../../api/index.ts';
import type { Load } from '../../ui/load.ts';
import type { Receipt } from './receipt/useReceipt.ts';

/** The private note that records a merge on the ticket, or why there is none. */
export type ReceiptTask =
  | { kind: 'skipped'; why: 'no-ticket' | 'turned-off' }
  /** `write` sends the note once per call; it is called again only when the agent asks. */
  | { kind: 'note'; ticketId: number; write: () => Promise<void> };

/**
 * The merge is done: `survivor` is the user who remains, `merged` the users merged into them and
 * deleted; `receipt` is the note about it, already started.
 */
export type OnMerged = (survivor: User, receipt: Receipt, merged: readonly User[]) => void;

/**
 * Asks MergeSection to open the flow at the comparison with `target`, or at the run that folds
 * the selected duplicates (`batch`) and the requester into one; a new object each time.
 */
export type MergeRequest = { target: User } | { batch: readonly User[] };

export interface MergeFlowProps {
  /** The ticket's requester: the user who will be merged away. */
  requester: UserProfile;
  related: Load<RelatedCounts>;
  /** Opens the flow at the comparison with this user instead of the search. */
  initialTarget?: User | undefined;
  /** Opens the flow at the run that merges these users and the requester into one. */
  initialBatch?: readonly User[] | undefined;
  onMerged: OnMerged;
  onClose: () => void;
}
