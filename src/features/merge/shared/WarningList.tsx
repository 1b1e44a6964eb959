import { t } from '../../../i18n/index.ts';
import { MAX_REQUESTED_TICKETS_TO_MERGE } from '../rules/eligibility.ts';
import type { MergeWarning } from '../rules/warnings.ts';

interface Props {
  warnings: readonly MergeWarning[];
}

/** Rules Zendesk applies that the app cannot check: said plainly, never a block. */
export function WarningList({ warnings }: Props) {
  if (warnings.length === 0) return null;
  return (
    <ul class="merge-warnings small">
      {warnings.map((warning) => (
        <li key={warning} data-warning={warning}>
          <span class="merge-warnings__label">{t('merge.warningLabel')}</span> {t(`merge.warning.${warning}`, { limit: MAX_REQUESTED_TICKETS_TO_MERGE })}
        </li>
      ))}
    </ul>
  );
}
