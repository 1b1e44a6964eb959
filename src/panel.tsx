import panelStyles from './panel.css?inline';
import { ApiProvider } from './api/context.tsx';
import { createApi } from './api/index.ts';
import type { ZendeskApi } from './api/index.ts';
import { useSurvivor } from './features/merge/receipt/useSurvivor.ts';
import { RequesterPanel } from './features/requester/RequesterPanel.tsx';
import { loadedActions } from './features/requester/useRequesterActions.ts';
import type { HostPerson } from './features/requester/hostPerson.ts';
import { useHost } from './host/context.tsx';
import type { HostClient } from './host/types.ts';
import { adoptStyles } from './ui/adoptStyles.ts';

adoptStyles(panelStyles);

export { Unavailable } from './Unavailable.tsx';
export { loadAppStrings } from './appStrings.ts';
export { observeHeight } from './ui/observeHeight.ts';

/**
 * Everything below the header: loaded as its own chunk while the header paints from
 * the host's data, so the first paint ships only what the header needs.
 */
const apis = new WeakMap<HostClient, ZendeskApi>();

function apiFor(host: HostClient): ZendeskApi {
  let api = apis.get(host);
  if (!api) {
    api = createApi(host);
    apis.set(host, api);
  }
  return api;
}

export interface PanelProps {
  /** The requester as the host names it. */
  person: HostPerson;
  /** Tests hand in an API with short timeouts; the app builds one per host. */
  api?: ZendeskApi | undefined;
}

export function Panel({ person, api }: PanelProps) {
  const host = useHost();
  const shown = useSurvivor(person);
  // A merge is made by the actions chunk, so its outcome's view is there once there is one.
  const later = loadedActions();
  return (
    <ApiProvider value={api ?? apiFor(host)}>
      {shown.outcome && later && <later.Outcome outcome={shown.outcome} receipt={shown.receipt} notice={shown.notice} />}
      <RequesterPanel key={`${shown.person.id}:${shown.generation}`} person={shown.person} onMerged={shown.onMerged} />
    </ApiProvider>
  );
}
