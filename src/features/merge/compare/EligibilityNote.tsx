import { t } from '../../../i18n/index.ts';
import type { MergeCheck } from '../rules/check.ts';
import { MAX_REQUESTED_TICKETS_TO_MERGE } from '../rules/eligibility.ts';
import { Phrase } from '../../../ui/text/Phrase.tsx';

interface Props {
  /** Referenced by the merge button's aria-describedby. */
  id: string;
  check: MergeCheck;
  from: string;
  to: string;
  requested: number | null;
  onRetry: () => void;
}

/** Next to the merge button: which way the merge goes, or why it cannot happen. */
export function EligibilityNote({ id, check, from, to, requested, onRetry }: Props) {
  if (check.status === 'checking') {
    return <p id={id} class="muted small" aria-live="polite">{t('merge.checking')}</p>;
  }
  if (check.status === 'unreadable') {
    return <p id={id} class="merge-reason">{t('merge.targetUnreadable')}</p>;
  }
  const { eligibility } = check;
  if (eligibility.eligible) {
    return <p id={id} class="merge-direction"><Phrase template={t('merge.direction')} values={{ from, to }} /></p>;
  }
  const template = t(`merge.reason.${eligibility.reason}`, { count: requested ?? 0, limit: MAX_REQUESTED_TICKETS_TO_MERGE });
  return (
    <div class="merge-reason" data-reason={eligibility.reason}>
      <p id={id}><Phrase template={template} values={{ requester: from, target: to }} /></p>
      {eligibility.reason === 'counts-unknown' && (
        <button type="button" class="link-button" onClick={onRetry}>{t('section.retry')}</button>
      )}
    </div>
  );
}
