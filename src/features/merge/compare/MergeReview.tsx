import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useApi } from '../../../api/context.tsx';
import type { RelatedCounts, User, UserProfile } from '../../../api/index.ts';
import { t } from '../../../i18n/index.ts';
import type { Load } from '../../../ui/load.ts';
import { Notice } from '../../../ui/Notice.tsx';
import { MergeConfirm } from '../confirm/MergeConfirm.tsx';
import { mergeLosses } from '../rules/losses.ts';
import { mergeErrorMessage } from '../run/outcome.ts';
import { useMerge } from '../run/useMerge.ts';
import { distinctNames } from '../shared/names.ts';
import { WarningList } from '../shared/WarningList.tsx';
import type { OnMerged } from '../types.ts';
import { Columns } from './Columns.tsx';
import { EligibilityNote } from './EligibilityNote.tsx';
import { SurvivorChoice } from './SurvivorChoice.tsx';
import { useComparison } from './useComparison.ts';
import { useDirection } from './useDirection.ts';

interface Props {
  requester: UserProfile;
  related: Load<RelatedCounts>;
  /** As the search found it; the comparison reads it again, fresh and with identities. */
  target: User;
  onMerged: OnMerged;
  onGone: (message: string) => void;
  onChooseAnother: () => void;
}

/** Requester and the other user side by side, who survives, the verdict, and the merge itself. */
export function MergeReview({ requester, related, target, onMerged, onGone, onChooseAnother }: Props) {
  const comparison = useComparison(useApi(), requester.user.id, related, target.id);
  const requesterSide = { profile: { status: 'ready', data: requester } as const, counts: comparison.requesterCounts };
  const otherSide = { profile: comparison.target, counts: comparison.targetCounts };
  const direction = useDirection(requesterSide, otherSide);
  const other = comparison.target.status === 'ready' ? comparison.target.data : { user: target, identities: [] };
  const keepRequester = direction.keep === 'requester';
  const [merging, kept] = keepRequester ? [other, requester] : [requester, other];
  const mergingLoad = keepRequester ? comparison.targetCounts : comparison.requesterCounts;
  const merge = useMerge(merging, kept.user, mergingLoad.status === 'ready' ? mergingLoad.data : null, { onMerged, onGone });
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const noteId = useId();
  // The search box the agent was typing in is gone: the comparison's heading takes focus.
  useEffect(() => heading.current?.focus(), []);

  const [requesterName, otherName] = distinctNames(requester.user, other.user);
  const [from, to] = keepRequester ? [otherName, requesterName] : [requesterName, otherName];
  const { check } = direction;
  const mergingCounts = direction.merging?.counts;
  const eligible = check.status === 'done' && check.eligibility.eligible;
  const pending = merge.state.status === 'pending';
  return (
    <div class="merge-review">
      <h3 ref={heading} tabIndex={-1} class="merge-review__heading">{t('merge.reviewHeading')}</h3>
      <SurvivorChoice options={[{ key: 'requester', name: requesterName }, { key: 'other', name: otherName }]} keep={direction.keep}
        recommended={direction.recommendation && { key: direction.recommendation.keep, reason: direction.recommendation.reason }} disabled={pending} onChoose={(key) => direction.choose(key === 'requester' ? 'requester' : 'other')} />
      <Columns requester={requesterSide} other={otherSide} keep={direction.keep} onRetry={comparison.retry} />
      <EligibilityNote id={noteId} check={check} from={from} to={to}
        requested={mergingCounts?.status === 'ready' ? mergingCounts.data.requested : null} onRetry={comparison.retry} />
      {check.status === 'done' && eligible && <WarningList warnings={check.warnings} />}
      <div class="merge-actions">
        <button type="button" class="button button--danger" disabled={!eligible || pending} aria-describedby={noteId}
          onClick={() => {
            merge.reset();
            setConfirming(true);
          }}>
          {t('merge.button')}
        </button>
        <button type="button" class="link-button" onClick={onChooseAnother} disabled={pending}>{t('merge.chooseAnother')}</button>
      </div>
      {!confirming && merge.state.status === 'error' && <Notice message={mergeErrorMessage(merge.state.error)} />}
      {confirming && eligible && mergingCounts?.status === 'ready' && (
        <MergeConfirm merges={[{ from, to, losses: mergeLosses(merging, mergingCounts.data.requested), warnings: check.warnings }]}
          pending={pending} error={merge.state.status === 'error' ? merge.state.error : undefined}
          onConfirm={() => void merge.run()} onCancel={() => setConfirming(false)} />
      )}
    </div>
  );
}
