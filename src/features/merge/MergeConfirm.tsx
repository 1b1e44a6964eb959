import { useState } from 'preact/hooks';
import type { RelatedCounts, User, UserProfile } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { distinctNames } from './names.ts';
import { mergeErrorMessage } from './outcome.ts';
import { Phrase } from './Phrase.tsx';

interface Props {
  requester: UserProfile;
  target: User;
  requesterCounts: RelatedCounts;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The last question before an irreversible change: which way the merge goes, what moves,
 * that the requester is deleted, and a checkbox the agent ticks before the button works.
 */
export function MergeConfirm({ requester, target, requesterCounts, pending, error, onConfirm, onCancel }: Props) {
  const [acknowledged, setAcknowledged] = useState(false);
  const [from, to] = distinctNames(requester.user, target);
  const identities = t('merge.identityCount', { count: requester.identities.length });
  const tickets = t('merge.ticketCount', { count: requesterCounts.requested });
  return (
    <ConfirmDialog
      title={<Phrase template={t('merge.confirmTitle')} values={{ from, to }} />}
      confirmLabel={t('merge.confirm')}
      tone="danger"
      pending={pending}
      ready={acknowledged}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p class="merge-direction"><Phrase template={t('merge.direction')} values={{ from, to }} /></p>
      <p><Phrase template={t('merge.confirmMoves')} values={{ identities, tickets, to }} /></p>
      <p><Phrase template={t('merge.confirmDeleted')} values={{ from }} /></p>
      <label class="merge-acknowledge">
        <input
          type="checkbox"
          checked={acknowledged}
          disabled={pending}
          onChange={(event) => setAcknowledged(event.currentTarget.checked)}
        />
        {t('merge.acknowledge')}
      </label>
      {error !== undefined && <Notice message={mergeErrorMessage(error)} />}
    </ConfirmDialog>
  );
}
