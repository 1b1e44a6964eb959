import { useId } from 'preact/hooks';
import type { User } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { Phrase } from '../../ui/text/Phrase.tsx';
import { Value } from '../../ui/text/Value.tsx';
import type { Duplicate } from './rank.ts';
import { reasonText } from './reasonText.ts';

interface Props {
  duplicate: Duplicate;
  /** Whether this agent may merge the requester at all; the comparison still checks this user. */
  canMerge: boolean;
  onCompare: (user: User) => void;
  /** Whether this user is selected for a merge of several; absent when the list is read-only. */
  selected?: boolean | undefined;
  onSelect?: ((selected: boolean) => void) | undefined;
  /** Id of the text saying why the selection cannot change now (a merge plan is open); absent when it can. */
  lockedBy?: string | undefined;
}

/** One possible duplicate: who it is, why it is listed, and the way into the merge preview. */
export function DuplicateItem({ duplicate: { user, reasons }, canMerge, onCompare, selected, onSelect, lockedBy }: Props) {
  const reasonsId = useId();
  const detail = user.email ?? user.phone;
  // Duplicates often share a name that differs only in case: the button names who it is for.
  const who = detail === null ? user.name : `${user.name} (${detail})`;
  return (
    <li class="duplicate" data-user-id={user.id}>
      <p class="duplicate__name">
        {canMerge && onSelect && (
          <input type="checkbox" class="duplicate__select" checked={selected === true} aria-label={t('duplicates.select', { name: who })}
            aria-describedby={lockedBy === undefined ? reasonsId : `${lockedBy} ${reasonsId}`} disabled={lockedBy !== undefined}
            onChange={(event) => onSelect(event.currentTarget.checked)} />
        )}
        <Value kind="name" text={user.name} />
        {user.role !== 'end-user' && <span class="badge">{t(`role.${user.role}`)}</span>}
        {user.suspended && <span class="badge badge--danger">{t('requester.suspended')}</span>}
      </p>
      {detail !== null && <p class="duplicate__detail small"><Value text={detail} /></p>}
      <ul id={reasonsId} class="duplicate__reasons small" aria-label={t('duplicates.reasons')}>
        {reasons.map((reason) => {
          const { main, note } = reasonText(reason);
          return (
            <li key={reason.kind} data-reason={reason.kind}>
              <span class="duplicate__why"><Phrase template={main.template} values={main.values} /></span>
              {note && <span class="duplicate__note muted"><Phrase template={note.template} values={note.values} /></span>}
            </li>
          );
        })}
      </ul>
      {canMerge && (
        <button
          type="button"
          class="link-button"
          aria-label={t('duplicates.compareWith', { name: who })}
          aria-describedby={reasonsId}
          onClick={() => onCompare(user)}
        >
          {t('duplicates.compare')}
        </button>
      )}
    </li>
  );
}
