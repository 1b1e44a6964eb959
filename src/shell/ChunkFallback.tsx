import { t } from '../i18n/index.ts';
import { Notice } from '../ui/Notice.tsx';
import type { ChunkState } from './useChunk.ts';

interface Props {
  /** A chunk that has not arrived: on its way, or failed. */
  state: Exclude<ChunkState<unknown>, { status: 'ready' }>;
}

/**
 * What stands where a chunk's view goes until it arrives: "Loading…" as a status, or, when the
 * download failed, the plain sentence that part of the app could not be loaded and a retry.
 */
export function ChunkFallback({ state }: Props) {
  if (state.status === 'failed') return <Notice message={t('app.loadFailed')} onRetry={state.retry} polite />;
  return <p class="muted loading" role="status">{t('section.loading')}</p>;
}
