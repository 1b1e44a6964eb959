import './panel.css';
import { ApiProvider } from './api/context.tsx';
import { createApi } from './api/index.ts';
import type { ZendeskApi } from './api/index.ts';
import { ReceiptNotice } from './features/merge/receipt/ReceiptNotice.tsx';
import { useSurvivor } from './features/merge/receipt/useSurvivor.ts';
import { RequesterPanel } from './features/requester/RequesterPanel.tsx';
import type { HostPerson } from './features/requester/hostPerson.ts';
import { useHost } from './host/context.tsx';
import { t } from './i18n/index.ts';
import { Notice } from './ui/Notice.tsx';
import { Phrase } from './ui/Phrase.tsx';
import type { HostClient } from './host/types.ts';

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
  return (
    <ApiProvider value={api ?? apiFor(host)}>
      {shown.outcome && (
        <div ref={shown.notice} tabIndex={-1} class="outcome">
          <Notice tone="success" message={<Phrase template={t('merge.survivor', { count: shown.outcome.count })} values={{ from: shown.outcome.from, to: shown.outcome.to }} />} />
          {shown.receipt && <ReceiptNotice state={shown.receipt.state} onRetry={shown.receipt.retry} />}
        </div>
      )}
      <RequesterPanel key={`${shown.person.id}:${shown.generation}`} person={shown.person} onMerged={shown.onMerged} />
    </ApiProvider>
  );
}
