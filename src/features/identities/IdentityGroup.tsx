import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { IdentityGroup as Group } from './group.ts';
import { IdentityRow } from './IdentityRow.tsx';
import { typeLabel } from './typeLabel.ts';
import type { IdentityOperations } from './useIdentityActions.ts';

/** Rows shown per type before "Show more": a requester can have hundreds. */
export const VISIBLE_PER_TYPE = 5;
/** Past this many, the whole list gets a filter box. */
const FILTER_FROM = 10;

interface Props {
  group: Group;
  operations: IdentityOperations | null;
}

/**
 * One type's identities: the first few, then, when asked, all of them inside a scroll region
 * of bounded height with a filter box, so that hundreds of identities never push the sections
 * below out of reach (and the sidebar iframe never grows past a screen).
 */
export function IdentityGroup({ group, operations }: Props) {
  const [expanded, setExpanded] = useState(false);
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const statusId = useId();
  const total = group.identities.length;
  const hidden = total - VISIBLE_PER_TYPE;
  const label = typeLabel(group.type);
  const headingId = `identity-type-${group.type}`;
  if (!expanded || hidden <= 0) {
    const shown = hidden <= 0 ? group.identities : group.identities.slice(0, VISIBLE_PER_TYPE);
    return (
      <div class="identity-group" data-type={group.type}>
        <h3 id={headingId}><bdi>{label}</bdi></h3>
        <ul aria-labelledby={headingId}>
          {shown.map((identity) => <IdentityRow key={identity.id} identity={identity} operations={operations} />)}
        </ul>
        {hidden > 0 && (
          <button type="button" class="link-button" onClick={() => setExpanded(true)}>
            {t('identities.showAll', { count: hidden })}
          </button>
        )}
      </div>
    );
  }
  const needle = filter.trim().toLocaleLowerCase();
  const matching = needle === '' ? group.identities : group.identities.filter((i) => i.value.toLocaleLowerCase().includes(needle));
  return (
    <div class="identity-group" data-type={group.type}>
      <h3 id={headingId}><bdi>{label}</bdi></h3>
      {total > FILTER_FROM && (
        <div class="identity-filter">
          <label for={filterId}>{t('identities.filter', { type: label })}</label>
          <input id={filterId} type="search" dir="auto" value={filter} aria-describedby={statusId}
            onInput={(event) => setFilter(event.currentTarget.value)} />
          <p id={statusId} class="muted small" role="status">
            {t('identities.filterStatus', { count: matching.length, total })}
          </p>
        </div>
      )}
      {/* Focusable so that a keyboard can scroll it; named so a screen reader says what it holds. */}
      <div class="identity-scroll" role="region" aria-label={t('identities.listOf', { type: label })} tabIndex={0}>
        {matching.length === 0
          ? <p class="muted small">{t('identities.noMatch')}</p>
          : (
            <ul aria-labelledby={headingId}>
              {matching.map((identity) => <IdentityRow key={identity.id} identity={identity} operations={operations} />)}
            </ul>
          )}
      </div>
    </div>
  );
}
