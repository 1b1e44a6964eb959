import { t } from '../../../i18n/index.ts';
import { errorMessage } from '../../../ui/errorMessage.ts';
import { Notice } from '../../../ui/Notice.tsx';
import { useReceiptState } from './useReceipt.ts';
import type { Receipt } from './useReceipt.ts';

interface Props {
  receipt: Receipt;
}

/**
 * Below "merged into": whether the ticket got its note. A failed note never takes back the
 * merge, which is done; it says what is missing and offers to write the note again.
 */
export function ReceiptNotice({ receipt }: Props) {
  const state = useReceiptState(receipt);
  switch (state.status) {
    case 'writing':
      return <p class="muted small" role="status">{t('receipt.writing')}</p>;
    case 'written':
      return <Notice tone="success" message={t('receipt.written')} />;
    case 'failed':
      return <Notice message={t('receipt.failed', { reason: errorMessage(state.error) })} onRetry={receipt.retry} />;
    case 'skipped':
      return state.why === 'no-ticket' ? <Notice tone="info" message={t('receipt.noTicket')} /> : null;
  }
}
