import { t } from '../i18n/index.ts';
import type { Load } from './load.ts';
import { Notice } from './Notice.tsx';

interface Props {
  /** The section's own id: its heading is `${id}-heading`, as when it has its content. */
  id: string;
  title: string;
  /** The read this section needs before it can act; nothing is rendered once it is ready. */
  load: Load<unknown>;
  onRetry: () => void;
  /** The section's own code could not be loaded: says so and offers to load it again. */
  failed?: (() => void) | undefined;
}

/**
 * A section that cannot act until another read arrives keeps its place: while that read is
 * on its way it says so, and when it failed it says why it cannot act yet and offers to try
 * again. What failed is said once, where the read's own content goes, not in every section.
 */
export function AwaitingSection({ id, title, load, onRetry, failed }: Props) {
  if (failed) {
    return (
      <section class="section" aria-labelledby={`${id}-heading`} data-awaiting="failed">
        <div class="section__head">
          <h2 id={`${id}-heading`}>{title}</h2>
        </div>
        <Notice message={t('app.loadFailed')} onRetry={failed} polite />
      </section>
    );
  }
  if (load.status === 'ready') return null;
  const headingId = `${id}-heading`;
  return (
    <section class="section" aria-labelledby={headingId} aria-busy={load.status === 'loading'} data-awaiting={load.status}>
      <div class="section__head">
        <h2 id={headingId}>{title}</h2>
      </div>
      {load.status === 'loading'
        ? <p class="muted loading">{t('section.loading')}</p>
        : <Notice message={t('section.needsUser')} onRetry={onRetry} polite />}
    </section>
  );
}
