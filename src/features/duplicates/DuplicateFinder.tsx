import duplicateStyles from './duplicates.css?inline';
import { useEffect, useId, useState } from 'preact/hooks';
import { useApi } from '../../api/context.tsx';
import { useHost } from '../../host/context.tsx';
import type { User, UserProfile } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { adoptStyles } from '../../ui/frame/adoptStyles.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import { Notice } from '../../ui/Notice.tsx';
import { useBatchPlanOpen } from '../merge/shared/batchPlanOpen.ts';
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
  /** Opens the run that merges the selected users and the requester into one. */
  onMergeMany: (users: readonly User[]) => void;
  /** The searches have answered (or failed): the agent may ask again. */
  onSettled: () => void;
}

function status(state: DuplicatesState): string {
  if (state.status === 'searching') return t('duplicates.searching');
  if (state.status !== 'done') return '';
  return state.duplicates.length === 0 ? t('duplicates.none') : t('duplicates.count', { count: state.duplicates.length });
}

/** The searches' answer: how many were found, the list, and what failed. */
export function DuplicateFinder({ requester, verdict, onCompare, onMergeMany, onSettled }: DuplicateFinderProps) {
  const state = useDuplicates(useApi(), useHost(), requester);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  // The open plan merges exactly this selection: it cannot change under it.
  const locked = useBatchPlanOpen();
  const lockId = useId();
  const select = (id: number, on: boolean) => setSelected((current) => {
    const next = new Set(current);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });
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
      {state.status === 'done' && state.conversation === 'failed' && <Notice message={t('duplicates.conversationUnread')} />}
      {state.status === 'done' && state.duplicates.length > 0 && (
        <>
          <ul class="duplicates__list" aria-label={t('duplicates.title')}>
            {state.duplicates.map((duplicate) => (
              <DuplicateItem key={duplicate.user.id} duplicate={duplicate} canMerge={verdict.allowed} onCompare={onCompare}
                selected={selected.has(duplicate.user.id)} onSelect={(on) => select(duplicate.user.id, on)}
                lockedBy={locked ? lockId : undefined} />
            ))}
          </ul>
          {verdict.allowed && locked && <p id={lockId} class="muted small">{t('duplicates.selectionLocked')}</p>}
          {verdict.allowed && selected.size > 0 && (
            <button type="button" class="button" disabled={locked} onClick={() => onMergeMany(state.duplicates.filter(({ user }) => selected.has(user.id)).map(({ user }) => user))}>
              {t('duplicates.mergeSelected', { count: selected.size })}
            </button>
          )}
          {!verdict.allowed && !verdict.panelWide && <p class="muted small">{t('duplicates.mergeUnavailable', { reason: t(verdict.reason, verdict.vars) })}</p>}
        </>
      )}
    </div>
  );
}
