import { currentLocale, t } from '../../../i18n/index.ts';
import { Notice } from '../../../ui/Notice.tsx';
import { Phrase } from '../../../ui/Phrase.tsx';
import { ReceiptNotice } from './ReceiptNotice.tsx';
import type { Receipt } from './useReceipt.ts';

interface Props {
  /** The names of the users the merge (or the run) deleted. */
  merged: readonly string[];
  /** The surviving user's name. */
  survivor: string;
  receipt: Receipt;
}

/**
 * What a merge did, above the survivor's panel: who was merged into whom, then whether the
 * ticket got its note. Loaded with the panel's actions, where every merge is made.
 */
export function MergeOutcome({ merged, survivor, receipt }: Props) {
  // "A, B and C" in the agent's language.
  const from = new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(merged);
  return (
    <>
      <Notice tone="success" message={<Phrase template={t('merge.survivor', { count: merged.length })} values={{ from, to: survivor }} />} />
      <ReceiptNotice receipt={receipt} />
    </>
  );
}
