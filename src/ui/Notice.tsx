import { t } from '../i18n/index.ts';

interface Props {
  message: string;
  tone?: 'error' | 'info' | 'success';
  onRetry?: (() => void) | undefined;
}

/** A plain sentence where something happened, with a way to try again when there is one. */
export function Notice({ message, tone = 'error', onRetry }: Props) {
  return (
    <div class={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span>{message}</span>
      {onRetry && (
        <button type="button" class="link-button" onClick={onRetry}>
          {t('section.retry')}
        </button>
      )}
    </div>
  );
}
