import type { ZendeskApi } from '../../api/index.ts';
import { useHost } from '../../host/context.tsx';
import type { Location } from '../../host/types.ts';
import { t } from '../../i18n/index.ts';
import { Panel } from './Panel.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useRequester } from './useRequester.ts';

interface Props {
  location: Location;
  /** The host's answer for the requester, when start-up already asked. */
  initialRequester?: unknown;
  api?: ZendeskApi | undefined;
}

/** The panel for the ticket's requester (or the viewed user), or why there is none. */
export function Sidebar({ location, initialRequester, api }: Props) {
  const host = useHost();
  const requester = useRequester(host, location, initialRequester);
  if (requester.status === 'loading') return <p class="muted loading">{t('section.loading')}</p>;
  if (requester.status === 'none') return <p class="empty">{t('requester.none')}</p>;
  if (requester.status === 'failed') return <Notice message={t('requester.readFailed')} onRetry={requester.retry} />;
  return <Panel person={requester.person} api={api} />;
}
