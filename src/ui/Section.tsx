import type { ComponentChildren } from 'preact';
import { t } from '../i18n/index.ts';
import { errorMessage } from './errorMessage.ts';
import type { Load } from './load.ts';
import { Notice } from './Notice.tsx';

interface Props<T> {
  id: string;
  title: string;
  aside?: ComponentChildren;
  load: Load<T>;
  onRetry?: () => void;
  children: (data: T) => ComponentChildren;
}

/** A titled part of the panel that shows its own loading and error states. */
export function Section<T>({ id, title, aside, load, onRetry, children }: Props<T>) {
  const headingId = `${id}-heading`;
  return (
    <section class="section" aria-labelledby={headingId} aria-busy={load.status === 'loading'}>
      <div class="section__head">
        <h2 id={headingId}>{title}</h2>
        {aside}
      </div>
      {load.status === 'loading' && <p class="muted loading">{t('section.loading')}</p>}
      {load.status === 'error' && <Notice message={errorMessage(load.error)} onRetry={onRetry} polite />}
      {load.status === 'ready' && children(load.data)}
    </section>
  );
}
