import type { RelatedCounts, User, UserProfile } from '../../api/index.ts';
import type { Load } from '../../ui/load.ts';

export interface MergeFlowProps {
  /** The ticket's requester: the user who will be merged away. */
  requester: UserProfile;
  related: Load<RelatedCounts>;
  onMerged: (survivor: User) => void;
  onClose: () => void;
}
