import type { ZendeskApi } from '../../api/index.ts';
import { useHost } from '../../host/context.tsx';
import type { Location } from '../../host/types.ts';
import { t } from '../../i18n/index.ts';
import { usePanel } from '../../panelLoader.ts';
import { Header } from './Header.tsx';
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
  const panel = usePanel();
  if (requester.status === 'loading') return <p class="muted loading">{t('section.loading')}</p>;
  if (requester.status === 'none') return <p class="empty">{t('requester.none')}</p>;
  const { person } = requester;
  if (panel.status === 'ready') return <panel.module.Panel person={person} api={api} />;
  // The header paints from the host's data while the rest of the panel loads.
  return (
    <>
      <Header host={host} person={person} user={null} />
      {panel.status === 'failed'
        // The markup of ui/Notice, written out: the first paint does not carry the component.
        ? (
          <div class="notice notice--error" role="alert">
            <span>{t('app.loadFailed')}</span>
            <button type="button" class="link-button" onClick={panel.retry}>{t('section.retry')}</button>
          </div>
        )
        : <p class="muted loading">{t('section.loading')}</p>}
    </>
  );
}
