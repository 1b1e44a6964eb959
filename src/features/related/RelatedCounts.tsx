import { useState } from 'preact/hooks';
import type { RelatedCounts as Counts, TicketListKind } from '../../api/index.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { Load } from '../../ui/load.ts';
import { Section } from '../../ui/Section.tsx';
import { TicketListSlot } from './TicketListSlot.tsx';

interface Props {
  load: Load<Counts>;
  onRetry: () => void;
  /** The requester: the lists behind the counts are theirs. */
  userId: number;
  /** Whether the counts open the latest tickets behind them (an admin may switch this off). */
  lists: boolean;
}

const ITEMS: readonly [keyof Counts, MessageKey][] = [
  ['requested', 'related.requested'],
  ['assigned', 'related.assigned'],
  ['ccd', 'related.ccd'],
  ['organizationSubscriptions', 'related.organizationSubscriptions'],
];

const LISTED: readonly string[] = ['requested', 'assigned', 'ccd'] satisfies TicketListKind[];
const isListed = (field: keyof Counts): field is TicketListKind => LISTED.includes(field);

export function RelatedCounts({ load, onRetry, userId, lists }: Props) {
  const [open, setOpen] = useState<TicketListKind | null>(null);
  return (
    <Section id="related" title={t('related.title')} load={load} onRetry={onRetry}>
      {(counts) => (
        <>
          <dl class="counts">
            {ITEMS.map(([field, label]) => (
              <div class="counts__item" key={field} data-count={field}>
                <dt>{t(label)}</dt>
                <dd>
                  {lists && isListed(field) ? (
                    <button
                      type="button"
                      class="count-button"
                      aria-expanded={open === field}
                      aria-controls={open === field ? 'related-tickets' : undefined}
                      aria-label={t('related.showTickets', { label: t(label), count: counts[field] })}
                      onClick={() => setOpen(open === field ? null : field)}
                    >
                      {formatNumber(counts[field])}
                    </button>
                  ) : (
                    formatNumber(counts[field])
                  )}
                </dd>
              </div>
            ))}
          </dl>
          {open && <TicketListSlot key={`${userId}-${open}`} userId={userId} kind={open} label={t(ITEMS.find(([f]) => f === open)?.[1] ?? 'related.title')} />}
          <p class="muted small">{t('related.note')}</p>
        </>
      )}
    </Section>
  );
}
