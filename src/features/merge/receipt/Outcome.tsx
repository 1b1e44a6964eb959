import type { Ref } from 'preact';
import { t } from '../../../i18n/index.ts';
import { Notice } from '../../../ui/Notice.tsx';
import { Phrase } from '../../../ui/Phrase.tsx';
import { ReceiptNotice } from './ReceiptNotice.tsx';
import type { Receipt } from './useReceipt.ts';

interface Props {
  outcome: { from: string; to: string; count: number };
  receipt: Receipt | null;
  /** Takes the focus after the merge (useSurvivor), since the dialog is gone. */
  notice: Ref<HTMLDivElement>;
}

/**
 * Above the survivor's panel: who was merged into whom, and whether the ticket got its note.
 * Shown only after a merge, which the actions chunk makes, so it travels in that chunk.
 */
export function Outcome({ outcome, receipt, notice }: Props) {
  return (
    <div ref={notice} tabIndex={-1} class="outcome">
      <Notice tone="success" message={<Phrase template={t('merge.survivor', { count: outcome.count })} values={{ from: outcome.from, to: outcome.to }} />} />
      {receipt && <ReceiptNotice state={receipt.state} onRetry={receipt.retry} />}
    </div>
  );
}
