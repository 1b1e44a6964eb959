import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useApi } from '../../api/context.tsx';
import type { TicketListKind } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import { Notice } from '../../ui/Notice.tsx';
import type { TicketListProps } from './TicketList.tsx';

type List = ComponentType<TicketListProps>;
let pending: Promise<List> | undefined;

/** The list's code, fetched on the first click on a count and kept; a failed fetch is tried again. */
function loadList(): Promise<List> {
  const current = (pending ??= import('./TicketList.tsx').then((module) => module.TicketList));
  current.catch(() => {
    if (pending === current) pending = undefined;
  });
  return current;
}

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
  const [list, setList] = useState<{ List: List } | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    if (list === null) loadList().then((List) => live && setList({ List }), () => live && setList('failed'));
    return () => {
      live = false;
    };
  }, [list]);
  return (
    <div id="related-tickets" class="ticket-list" role="region" aria-label={t('tickets.listOf', { label })}>
      {list === null && <p class="muted loading" role="status">{t('section.loading')}</p>}
      {list === 'failed' && <Notice message={t('app.loadFailed')} onRetry={() => setList(null)} />}
      {list !== null && list !== 'failed' && <list.List api={api} errorView={errorView} userId={userId} kind={kind} />}
    </div>
  );
}
