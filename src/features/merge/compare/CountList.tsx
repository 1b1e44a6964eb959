import type { RelatedCounts } from '../../../api/index.ts';
import { formatNumber, t } from '../../../i18n/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';

interface Props {
  counts: RelatedCounts;
}

const ITEMS: readonly [keyof RelatedCounts, MessageKey][] = [
  ['requested', 'related.requested'],
  ['ccd', 'related.ccd'],
  ['assigned', 'related.assigned'],
  ['organizationSubscriptions', 'related.organizationSubscriptions'],
];

/** The user's ticket counts, compact enough for half the sidebar. */
export function CountList({ counts }: Props) {
  return (
    <dl class="merge-counts">
      {ITEMS.map(([field, label]) => (
        <div key={field} data-count={field}>
          <dt>{t(label)}</dt>
          <dd>{formatNumber(counts[field])}</dd>
        </div>
      ))}
    </dl>
  );
}
