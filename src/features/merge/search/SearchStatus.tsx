import { t } from '../../../i18n/index.ts';
import { errorMessage } from '../../../ui/errorMessage.ts';
import { Notice } from '../../../ui/Notice.tsx';
import type { SearchState } from './useUserSearch.ts';

interface Props {
  state: SearchState;
  /** How many options the list shows of all that were found. */
  shown: number;
  onRetry: () => void;
}

function announcement(state: SearchState): string {
  if (state.status !== 'ready') return '';
  return state.users.length === 0 ? t('merge.noResults') : t('merge.resultCount', { count: state.users.length });
}

/** What the search is doing, visibly, and the number of results for screen readers. */
export function SearchStatus({ state, shown, onRetry }: Props) {
  return (
    <>
      {/* Always in the page, so assistive technology hears it change. */}
      <p class="visually-hidden" role="status" aria-live="polite">{announcement(state)}</p>
      {state.status === 'searching' && <p class="muted small">{t('merge.searching')}</p>}
      {/* Heard through the status above; shown here for sighted agents. */}
      {state.status === 'ready' && state.users.length === 0 && <p class="muted small" aria-hidden="true">{t('merge.noResults')}</p>}
      {state.status === 'ready' && state.users.length > shown && <p class="muted small">{t('merge.moreResults', { shown })}</p>}
      {state.status === 'error' && <Notice message={errorMessage(state.error)} onRetry={onRetry} />}
    </>
  );
}
