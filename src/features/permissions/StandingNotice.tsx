import { t } from '../../i18n/index.ts';
import { standingReason } from './permissions.ts';
import type { Standing } from './standing.ts';

interface Props {
  standing: Standing;
  onRetry: () => void;
}

/**
 * The one sentence for the whole panel when the agent's role offers no change (checking, light
 * agent, read-only role, unknown role), so that no section repeats it.
 */
export function StandingNotice({ standing, onRetry }: Props) {
  const reason = standingReason(standing);
  if (!reason) return null;
  return (
    <p class="notice notice--info standing" role="status" data-standing={standing.status}>
      {t(reason)}
      {standing.status === 'unknown' && standing.why === 'failed' && (
        <>
          {' '}
          <button type="button" class="link-button" onClick={onRetry}>{t('section.retry')}</button>
        </>
      )}
    </p>
  );
}
