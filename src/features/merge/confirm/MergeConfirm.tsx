import { useState } from 'preact/hooks';
import { t } from '../../../i18n/index.ts';
import { Phrase } from '../../../ui/text/Phrase.tsx';
import { Value } from '../../../ui/text/Value.tsx';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import type { Losses } from '../rules/losses.ts';
import type { MergeWarning } from '../rules/warnings.ts';
import { mergeErrorMessage } from '../run/outcome.ts';
import { LossList } from '../shared/LossList.tsx';
import { WarningList } from '../shared/WarningList.tsx';

/** One merge as the confirmation lists it. */
export interface PlannedMerge {
  /** The user merged away and the user kept, named as a sentence should show them. */
  from: string;
  to: string;
  losses: Losses;
  warnings: readonly MergeWarning[];
}

interface Props {
  merges: readonly PlannedMerge[];
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The last question before an irreversible change. Its title names who is merged into whom,
 * once; below, for each user merged away, what moves and what is lost; then a checkbox the
 * agent ticks before the button works.
 */
export function MergeConfirm({ merges, pending, error, onConfirm, onCancel }: Props) {
  const [acknowledged, setAcknowledged] = useState(false);
  const [first] = merges;
  if (!first) return null;
  const single = merges.length === 1;
  // Names that read alike carry their email ("Maya Okonkwo (maya@…)"): shown as text with values
  // in it, so the email breaks as an address does, not anywhere.
  return (
    <ConfirmDialog
      title={single
        ? <Phrase template={t('merge.confirmTitle')} values={{ from: first.from, to: first.to }} />
        : <Phrase template={t('merge.batch.confirmTitle', { count: merges.length })} values={{ to: first.to }} />}
      confirmLabel={t('merge.confirm')}
      tone="danger"
      pending={pending}
      ready={acknowledged}
      onConfirm={onConfirm}
      onCancel={onCancel}
      footer={<>
        <label class="merge-acknowledge">
          <input type="checkbox" checked={acknowledged} disabled={pending} onChange={(event) => setAcknowledged(event.currentTarget.checked)} />
          {t('merge.acknowledge')}
        </label>
        {error !== undefined && <Notice message={mergeErrorMessage(error)} />}
      </>}
    >
      {single ? <LossList losses={first.losses} /> : (
        <ul class="merge-batch-plan">
          {merges.map((merge) => (
            <li key={merge.from}>
              <p class="merge-batch-plan__name"><Value kind="text" text={merge.from} /></p>
              <LossList losses={merge.losses} />
            </li>
          ))}
        </ul>
      )}
      <WarningList warnings={[...new Set(merges.flatMap((merge) => merge.warnings))]} />
      <p>{single ? t('merge.deletedNote') : t('merge.batch.deletedNote')}</p>
    </ConfirmDialog>
  );
}
