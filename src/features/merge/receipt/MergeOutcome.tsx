import { currentLocale, t } from '../../../i18n/index.ts';
import { Notice } from '../../../ui/Notice.tsx';
import { Phrase } from '../../../ui/text/Phrase.tsx';
import type { User } from '../../../api/index.ts';
import { distinctNameList } from '../shared/names.ts';
import { ReceiptNotice } from './ReceiptNotice.tsx';
import type { Receipt } from './useReceipt.ts';

interface Props {
  /** The users the merge (or the run) deleted. */
  merged: readonly User[];
  /** The surviving user. */
  survivor: User;
  receipt: Receipt;
}

/**
 * What a merge did, above the survivor's panel: who was merged into whom, then whether the
 * ticket got its note. Loaded with the panel's actions, where every merge is made.
 */
export function MergeOutcome({ merged, survivor, receipt }: Props) {
  // "Alice Cooper was merged into Alice Cooper" says nothing: alike names carry their email.
  const [to = survivor.name, ...names] = distinctNameList([survivor, ...merged]);
  // "A, B and C" in the agent's language.
  const from = new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(names);
  return (
    <>
      <Notice tone="success" message={<Phrase template={t('merge.survivor', { count: merged.length })} values={{ from, to }} />} />
      <ReceiptNotice receipt={receipt} />
    </>
  );
}
