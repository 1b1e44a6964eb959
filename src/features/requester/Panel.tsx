import '../../panel.css';
import { ApiProvider } from '../../api/context.tsx';
import { createApi } from '../../api/index.ts';
import type { ZendeskApi } from '../../api/index.ts';
import { useSurvivor } from '../merge/receipt/useSurvivor.ts';
import { RequesterPanel } from './RequesterPanel.tsx';
import { requesterActions } from './useRequesterActions.ts';
import type { HostPerson } from './hostPerson.ts';
import { useHost } from '../../host/context.tsx';
import type { HostClient } from '../../host/types.ts';

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

/** Everything about the requester, header included; after a merge, the survivor and the merge's outcome. */
export function Panel({ person, api }: PanelProps) {
  const host = useHost();
  const shown = useSurvivor(person);
  // A merge is made in the actions chunk, which says what it did: here by then.
  const actions = shown.outcome ? requesterActions.loaded() : undefined;
  return (
    <ApiProvider value={api ?? apiFor(host)}>
      {shown.outcome && actions && (
        <div ref={shown.notice} tabIndex={-1} class="outcome">
          <actions.MergeOutcome {...shown.outcome} />
        </div>
      )}
      <RequesterPanel key={`${shown.person.id}:${shown.generation}`} person={shown.person} onMerged={shown.onMerged} />
    </ApiProvider>
  );
}
