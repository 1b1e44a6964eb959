import type { ComponentChildren } from 'preact';
import { t } from '../i18n/index.ts';

interface Props {
  /** A sentence; a Phrase when it names someone, so the names in it are isolated. */
  message: ComponentChildren;
  tone?: 'error' | 'info' | 'success';
  onRetry?: (() => void) | undefined;
  /**
   * An error nobody just asked for (a section failing to load) is announced politely: an
   * alert would interrupt, and a failed page load would fire one per section at once.
   */
  polite?: boolean;
}

/** A plain sentence where something happened, with a way to try again when there is one. */
export function Notice({ message, tone = 'error', onRetry, polite = false }: Props) {
  return (
    <div class={`notice notice--${tone}`} role={tone === 'error' && !polite ? 'alert' : 'status'}>
      <span>{message}</span>
      {onRetry && (
        <button type="button" class="link-button" onClick={onRetry}>
          {t('section.retry')}
        </button>
      )}
    </div>
  );
}
