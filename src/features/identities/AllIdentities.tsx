import identityStyles from './identities.css?inline';
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Identity } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { adoptStyles } from '../../ui/frame/adoptStyles.ts';

adoptStyles(identityStyles);

/** Past this many, the whole list gets a filter box. */
const FILTER_FROM = 10;

export interface AllIdentitiesProps {
  identities: readonly Identity[];
  /** The type's readable name. */
  label: string;
  headingId: string;
  /** Draws one row, as the list above it does. */
  row: (identity: Identity) => ComponentChildren;
}

/**
 * Every identity of one type inside a scroll region of bounded height, with a filter box, so
 * that hundreds of identities never push the sections below out of reach (and the sidebar
 * iframe never grows past a screen). Its own chunk: only long lists need it.
 */
export function AllIdentities({ identities, label, headingId, row }: AllIdentitiesProps) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const filterBox = useRef<HTMLInputElement>(null);
  const region = useRef<HTMLDivElement>(null);
  // The "Show more" button that opened this is gone: the focus goes to the filter (or the list).
  useEffect(() => {
    (filterBox.current ?? region.current)?.focus();
  }, []);
  const statusId = useId();
  const total = identities.length;
  const needle = filter.trim().toLocaleLowerCase();
  const matching = needle === '' ? identities : identities.filter((i) => i.value.toLocaleLowerCase().includes(needle));
  return (
    <>
      {total > FILTER_FROM && (
        <div class="identity-filter">
          <label for={filterId}>{t('identities.filter', { type: label })}</label>
          <input ref={filterBox} id={filterId} type="text" role="searchbox" dir="auto" value={filter} aria-describedby={statusId}
            onInput={(event) => setFilter(event.currentTarget.value)} />
          <p id={statusId} class="muted small" role="status">
            {t('identities.filterStatus', { count: matching.length, total })}
          </p>
        </div>
      )}
      {/* Focusable so that a keyboard can scroll it; named so a screen reader says what it holds. */}
      <div ref={region} class="identity-scroll" role="region" aria-label={t('identities.listOf', { type: label })} tabIndex={0}>
        {matching.length === 0
          ? <p class="muted small">{t('identities.noMatch')}</p>
          : (
            <ul aria-labelledby={headingId}>
              {matching.map(row)}
            </ul>
          )}
      </div>
    </>
  );
}
