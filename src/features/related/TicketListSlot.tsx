import { useApi } from '../../api/context.tsx';
import type { TicketListKind } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { chunk } from '../../shell/chunk.ts';
import { ChunkFallback } from '../../shell/ChunkFallback.tsx';
import { useChunk } from '../../shell/useChunk.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import { Notice } from '../../ui/Notice.tsx';

/** The list's code, fetched on the first click on a count and kept. */
const ticketList = chunk(() => import('./TicketList.tsx'), (module) => module.TicketList);

const errorView = (error: unknown, retry: () => void) => <Notice message={errorMessage(error)} onRetry={retry} />;

interface Props {
  userId: number;
  kind: TicketListKind;
  /** The count's label, e.g. "Requested". */
  label: string;
}

/** Where the latest tickets behind one count go, once their code has arrived. */
export function TicketListSlot({ userId, kind, label }: Props) {
  const api = useApi();
  const list = useChunk(ticketList);
  // JSX needs a capitalised name for a component held in a variable.
  const List = list.status === 'ready' ? list.value : null;
  return (
    <div id="related-tickets" class="ticket-list" role="region" aria-label={t('tickets.listOf', { label })}>
      {List ? <List api={api} errorView={errorView} userId={userId} kind={kind} /> : list.status !== 'ready' && <ChunkFallback state={list} />}
    </div>
  );
}
