import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useApi } from '../../../api/context.tsx';
import type { RelatedCounts, User, UserProfile } from '../../../api/index.ts';
import { t } from '../../../i18n/index.ts';
import type { Load } from '../../../ui/load.ts';
import { Notice } from '../../../ui/Notice.tsx';
import { checkMerge } from '../rules/check.ts';
import { EligibilityNote } from './EligibilityNote.tsx';
import { MergeConfirm } from '../confirm/MergeConfirm.tsx';
import { distinctNames } from '../shared/names.ts';
import { mergeErrorMessage } from '../run/outcome.ts';
import { useComparison } from './useComparison.ts';
import { useMerge } from '../run/useMerge.ts';
import { UserColumn } from './UserColumn.tsx';
import type { OnMerged } from '../types.ts';

interface Props {
  requester: UserProfile;
  related: Load<RelatedCounts>;
  /** As the search found it; the comparison reads it again, fresh and with identities. */
  target: User;
  onMerged: OnMerged;
  onGone: (message: string) => void;
  onChooseAnother: () => void;
}

/** Requester and target side by side, the verdict on merging them, and the merge itself. */
export function MergeReview({ requester, related, target, onMerged, onGone, onChooseAnother }: Props) {
  const comparison = useComparison(useApi(), requester.user.id, related, target.id);
  const check = checkMerge(requester.user, comparison);
  const current = comparison.target.status === 'ready' ? comparison.target.data.user : target;
  const merge = useMerge(requester, current, { onMerged, onGone });
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const noteId = useId();
  // The search box the agent was typing in is gone: the comparison's heading takes focus.
  useEffect(() => heading.current?.focus(), []);

  const [from, to] = distinctNames(requester.user, current);
  const counts = comparison.requesterCounts;
  const eligible = check.status === 'done' && check.eligibility.eligible;
  const pending = merge.state.status === 'pending';
  return (
    <div class="merge-review">
      <h3 ref={heading} tabIndex={-1} class="merge-review__heading">{t('merge.reviewHeading')}</h3>
      <div class="merge-columns">
        <UserColumn heading={t('merge.sourceHeading')} profile={{ status: 'ready', data: requester }} counts={counts} />
        <UserColumn heading={t('merge.targetHeading')} profile={comparison.target} counts={comparison.targetCounts} onRetryProfile={comparison.retry} />
      </div>
      <EligibilityNote
        id={noteId}
        check={check}
        from={from}
        to={to}
        requested={counts.status === 'ready' ? counts.data.requested : null}
        onRetry={comparison.retry}
      />
      <div class="merge-actions">
        <button
          type="button"
          class="button button--danger"
          disabled={!eligible || pending}
          aria-describedby={noteId}
          onClick={() => {
            merge.reset();
            setConfirming(true);
          }}
        >
          {t('merge.button')}
        </button>
        <button type="button" class="link-button" onClick={onChooseAnother} disabled={pending}>{t('merge.chooseAnother')}</button>
      </div>
      {!confirming && merge.state.status === 'error' && <Notice message={mergeErrorMessage(merge.state.error)} />}
      {confirming && eligible && counts.status === 'ready' && (
        <MergeConfirm
          requester={requester}
          target={current}
          requesterCounts={counts.data}
          pending={pending}
          error={merge.state.status === 'error' ? merge.state.error : undefined}
          onConfirm={() => void merge.run()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
