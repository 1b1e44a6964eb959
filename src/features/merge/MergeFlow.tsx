import mergeStyles from './merge.css?inline';
import { useState } from 'preact/hooks';
import type { User } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { BatchReview } from './compare/BatchReview.tsx';
import { MergeReview } from './compare/MergeReview.tsx';
import { TargetSearch } from './search/TargetSearch.tsx';
import type { MergeFlowProps } from './types.ts';
import { adoptStyles } from '../../ui/frame/adoptStyles.ts';

adoptStyles(mergeStyles);

/**
 * "Merge into…": find the user to keep, compare, confirm, merge. Loaded on demand by
 * MergeSection, styles included, so agents who never merge never download it.
 */
export function MergeFlow({ requester, related, initialTarget, initialBatch, onMerged, onClose }: MergeFlowProps) {
  // Kept here so that choosing another user returns to the same search.
  const [term, setTerm] = useState('');
  const [target, setTarget] = useState<User | null>(initialTarget ?? null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div class="merge-flow">
      {initialBatch ? (
        <BatchReview requester={requester} related={related} users={initialBatch} onMerged={onMerged} />
      ) : target === null ? (
        <TargetSearch
          requesterId={requester.user.id}
          term={term}
          onTermChange={setTerm}
          notice={notice}
          onChoose={(user) => {
            setNotice(null);
            setTarget(user);
          }}
        />
      ) : (
        <MergeReview
          key={target.id}
          requester={requester}
          related={related}
          target={target}
          onMerged={onMerged}
          onGone={(message) => {
            setNotice(message);
            setTarget(null);
          }}
          onChooseAnother={() => setTarget(null)}
        />
      )}
      <button type="button" class="link-button merge-flow__close" onClick={onClose}>{t('action.cancel')}</button>
    </div>
  );
}
