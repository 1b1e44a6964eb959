import type { Side } from '../rules/recommend.ts';
import type { MergeSide } from '../rules/check.ts';
import { matchingKeys, reachOf } from './matching.ts';
import { UserColumn } from './UserColumn.tsx';

interface Props {
  requester: MergeSide;
  other: MergeSide;
  keep: Side | null;
  onRetry: () => void;
}

/** Both users side by side, the requester first; every identity of each, the shared ones marked. */
export function Columns({ requester, other, keep, onRetry }: Props) {
  const requesterReach = requester.profile.status === 'ready' ? reachOf(requester.profile.data) : [];
  const otherReach = other.profile.status === 'ready' ? reachOf(other.profile.data) : [];
  return (
    <div class="merge-columns">
      <UserColumn merged={keep === null ? null : keep === 'other'} profile={requester.profile} counts={requester.counts}
        reach={requesterReach} matches={matchingKeys(requesterReach, otherReach)} />
      <UserColumn merged={keep === null ? null : keep === 'requester'} profile={other.profile} counts={other.counts}
        reach={otherReach} matches={matchingKeys(otherReach, requesterReach)} onRetryProfile={onRetry} />
    </div>
  );
}
