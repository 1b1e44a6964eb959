import actionStyles from './actions.css?inline';
import { useState } from 'preact/hooks';
import type { RelatedCounts, User, UserProfile } from '../../api/index.ts';
import type { Load } from '../../ui/load.ts';
import { DuplicatesSection } from '../duplicates/DuplicatesSection.tsx';
import { MergeSection } from '../merge/MergeSection.tsx';
import type { MergeRequest, OnMerged } from '../merge/types.ts';
import type { Verdict } from '../permissions/permissions.ts';
import { SuspendControl } from '../suspend/SuspendControl.tsx';
import { adoptStyles } from '../../ui/frame/adoptStyles.ts';

// What the panel offers beyond the first view: the identity actions, the details block, Access,
// Possible duplicates and Merge. One chunk (useRequesterActions), preloaded by the page.
adoptStyles(actionStyles);

export { EditableIdentities } from '../identities/EditableIdentities.tsx';
export { DetailsSlot } from '../details/DetailsSlot.tsx';
export { MergeOutcome } from '../merge/receipt/MergeOutcome.tsx';

interface SectionsProps {
  user: User;
  profile: Load<UserProfile>;
  related: Load<RelatedCounts>;
  verdict: (family: 'suspend' | 'merge') => Verdict;
  /** Applies the user as Zendesk returned it after a change. */
  onUserChanged: (user: User) => void;
  onMerged: OnMerged;
}

/** Access, Possible duplicates and Merge, for a requester whose user record has been read. */
export function Sections({ user, profile, related, verdict, onUserChanged, onMerged }: SectionsProps) {
  // A possible duplicate opens the merge flow at its comparison.
  const [mergeRequest, setMergeRequest] = useState<MergeRequest | null>(null);
  return (
    <>
      <SuspendControl user={user} verdict={verdict('suspend')} onChanged={onUserChanged} />
      {profile.status === 'ready' && (
        <DuplicatesSection
          requester={profile.data}
          verdict={verdict('merge')}
          onCompare={(target) => setMergeRequest({ target })}
          onMergeMany={(batch) => setMergeRequest({ batch })}
        />
      )}
      {profile.status === 'ready' && (
        <MergeSection requester={profile.data} related={related} verdict={verdict('merge')} request={mergeRequest} onMerged={onMerged} />
      )}
    </>
  );
}
