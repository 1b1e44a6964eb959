import { useHost } from '../../host/context.tsx';
import type { Location } from '../../host/types.ts';
import { t } from '../../i18n/index.ts';
import { RequesterPanel } from './RequesterPanel.tsx';
import { useRequester } from './useRequester.ts';

interface Props {
  location: Location;
}

/** The panel for the ticket's requester (or the viewed user), or why there is none. */
export function Sidebar({ location }: Props) {
  const host = useHost();
  const requester = useRequester(host, location);
  if (requester.status === 'loading') return <p class="muted loading">{t('section.loading')}</p>;
  if (requester.status === 'none') return <p class="empty">{t('requester.none')}</p>;
  return <RequesterPanel key={requester.person.id} person={requester.person} />;
}
