import { useEffect, useId, useRef } from 'preact/hooks';
import { useApi } from '../../../api/context.tsx';
import type { User } from '../../../api/index.ts';
import { t } from '../../../i18n/index.ts';
import { Notice } from '../../../ui/Notice.tsx';
import { SearchResults } from './SearchResults.tsx';
import { SearchStatus } from './SearchStatus.tsx';
import { useCombobox } from './useCombobox.ts';
import { useUserSearch } from './useUserSearch.ts';

/** A sidebar has room for this many; the agent narrows the search for others. */
const MAX_OPTIONS = 10;

interface Props {
  requesterId: number;
  term: string;
  onTermChange: (term: string) => void;
  /** Why the agent is back at the search, such as a target that no longer exists. */
  notice: string | null;
  onChoose: (user: User) => void;
}

/** Finding the user to merge into: an ARIA combobox over Zendesk's user search. */
export function TargetSearch({ requesterId, term, onTermChange, notice, onChoose }: Props) {
  const search = useUserSearch(useApi(), term, requesterId);
  const { state } = search;
  const users = (state.status === 'ready' || state.status === 'searching' ? state.users : []).slice(0, MAX_OPTIONS);
  const combobox = useCombobox({ options: users, key: (user) => user.id, onChoose, onClear: () => onTermChange('') });
  const input = useRef<HTMLInputElement>(null);
  const [inputId, listId, hintId] = [useId(), useId(), useId()];
  const optionId = (user: User) => `${listId}-option-${user.id}`;
  // Opening the flow (or coming back to it) removed what had focus: the search box takes it.
  useEffect(() => input.current?.focus(), []);

  return (
    <div class="merge-search">
      {notice !== null && <Notice message={notice} />}
      <label for={inputId} class="merge-search__label">{t('merge.searchLabel')}</label>
      <p id={hintId} class="muted small">{t('merge.searchHint')}</p>
      <div class="merge-combobox">
        <input
          ref={input}
          id={inputId}
          type="text"
          role="combobox"
          class="merge-combobox__input"
          dir="auto"
          autocomplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={combobox.expanded}
          aria-controls={listId}
          aria-activedescendant={combobox.active ? optionId(combobox.active) : undefined}
          aria-describedby={hintId}
          value={term}
          onInput={(event) => {
            onTermChange(event.currentTarget.value);
            combobox.onType();
          }}
          onKeyDown={combobox.onKeyDown}
          onFocus={combobox.onFocus}
          onBlur={combobox.onBlur}
        />
        <SearchResults
          id={listId}
          users={users}
          expanded={combobox.expanded}
          activeId={combobox.activeKey}
          optionId={optionId}
          onChoose={onChoose}
        />
      </div>
      <SearchStatus state={state} shown={users.length} onRetry={search.retry} />
    </div>
  );
}
