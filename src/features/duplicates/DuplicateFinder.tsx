import duplicateStyles from './duplicates.css?inline';
import { useEffect } from 'preact/hooks';
import { useApi } from '../../api/context.tsx';
import type { User, UserProfile } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { adoptStyles } from '../../ui/adoptStyles.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import { Notice } from '../../ui/Notice.tsx';
import type { Verdict } from '../permissions/permissions.ts';
import { DuplicateItem } from './DuplicateItem.tsx';
import { useDuplicates } from './useDuplicates.ts';
import type { DuplicatesState } from './useDuplicates.ts';

adoptStyles(duplicateStyles);

export interface DuplicateFinderProps {
  requester: UserProfile;
  /** May this agent merge the requester: without it the list is read-only and says why. */
  verdict: Verdict;
  onCompare: (user: User) => void;
  /** The searches have answered (or failed): the agent may ask again. */
  onSettled: () => void;
}

function status(state: DuplicatesState): string {
  if (state.status === 'searching') return t('duplicates.searching');
  if (state.status !== 'done') return '';
  return state.duplicates.length === 0 ? t('duplicates.none') : t('duplicates.count', { count: state.duplicates.length });
}

/** The searches' answer: how many were found, the list, and what failed. */
export function DuplicateFinder({ requester, verdict, onCompare, onSettled }: DuplicateFinderProps) {
  const state = useDuplicates(useApi(), requester);
  useEffect(() => {
    if (state.status !== 'searching') onSettled();
  }, [state.status]);
  return (
    <div class="duplicates">
      {/* There from the start of the search, so assistive technology hears the answer arrive. */}
      <p class={state.status === 'searching' ? 'muted small' : 'small'} role="status">{status(state)}</p>
      {state.status === 'error' && <Notice message={errorMessage(state.error)} />}
      {state.status === 'unavailable' && <Notice message={t('duplicates.loadFailed')} />}
      {state.status === 'done' && state.failed && <Notice message={t('duplicates.partial', { reason: errorMessage(state.failed.error) })} />}
      {state.status === 'done' && state.duplicates.length > 0 && (
        <>
          <ul class="duplicates__list" aria-label={t('duplicates.title')}>
            {state.duplicates.map((duplicate) => (
              <DuplicateItem key={duplicate.user.id} duplicate={duplicate} canMerge={verdict.allowed} onCompare={onCompare} />
            ))}
          </ul>
          {!verdict.allowed && !verdict.panelWide && <p class="muted small">{t('duplicates.mergeUnavailable', { reason: t(verdict.reason) })}</p>}
        </>
      )}
    </div>
  );
}
