import type { RelatedCounts as Counts } from '../../api/index.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { Load } from '../../ui/load.ts';
import { Section } from '../../ui/Section.tsx';

interface Props {
  load: Load<Counts>;
  onRetry: () => void;
}

const ITEMS: readonly [keyof Counts, MessageKey][] = [
  ['requested', 'related.requested'],
  ['assigned', 'related.assigned'],
  ['ccd', 'related.ccd'],
  ['organizationSubscriptions', 'related.organizationSubscriptions'],
];

export function RelatedCounts({ load, onRetry }: Props) {
  return (
    <Section id="related" title={t('related.title')} load={load} onRetry={onRetry}>
      {(counts) => (
        <>
          <dl class="counts">
            {ITEMS.map(([field, label]) => (
              <div class="counts__item" key={field} data-count={field}>
                <dt>{t(label)}</dt>
                <dd>{formatNumber(counts[field])}</dd>
              </div>
            ))}
          </dl>
          <p class="muted small">{t('related.note')}</p>
        </>
      )}
    </Section>
  );
}
