import type { HostUnavailable } from './host/zaf.ts';
import { t } from './i18n/index.ts';

interface Props {
  why: HostUnavailable;
}

/** Opened outside Zendesk, the page says what it is instead of staying blank. */
export function Unavailable({ why }: Props) {
  const message =
    why.reason === 'untrusted-origin'
      ? t('app.unavailable.untrustedOrigin', { origin: why.origin })
      : why.reason === 'no-answer'
        ? t('app.unavailable.noAnswer')
        : t('app.unavailable.noHost');
  return (
    <main class="app unavailable">
      <h1>{t('app.unavailable.title')}</h1>
      <p>{message}</p>
    </main>
  );
}
