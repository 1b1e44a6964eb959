import { useEffect } from 'preact/hooks';
import type { User } from '../../../api/index.ts';
import { t } from '../../../i18n/index.ts';
import { Value } from '../../../ui/text/Value.tsx';
import { roleLabel } from '../shared/roleLabel.ts';

interface Props {
  id: string;
  users: readonly User[];
  expanded: boolean;
  activeId: number | null;
  optionId: (user: User) => string;
  onChoose: (user: User) => void;
}

/** The combobox's listbox. Focus stays in the search box; the active option is only pointed at. */
export function SearchResults({ id, users, expanded, activeId, optionId, onChoose }: Props) {
  const active = users.find((user) => user.id === activeId);
  const activeElementId = active ? optionId(active) : null;
  useEffect(() => {
    if (activeElementId) document.getElementById(activeElementId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeElementId]);
  return (
    <ul id={id} role="listbox" aria-label={t('merge.resultsLabel')} class="merge-options" hidden={!expanded}>
      {users.map((user) => (
        <li
          key={user.id}
          id={optionId(user)}
          role="option"
          aria-selected={user.id === activeId}
          class={user.id === activeId ? 'merge-option merge-option--active' : 'merge-option'}
          data-user-id={user.id}
          // Keeps focus in the search box, so the click does not first close the list.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(user)}
        >
          <Value class="merge-option__name" kind="name" text={user.name} />
          {(user.email ?? user.phone) && <Value class="merge-option__detail small" text={user.email ?? user.phone ?? ''} />}
          {user.role !== 'end-user' && <span class="badge">{roleLabel(user)}</span>}
        </li>
      ))}
    </ul>
  );
}
