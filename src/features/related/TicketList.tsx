import ticketStyles from './tickets.css?inline';
import type { ComponentChildren } from 'preact';
import type { TicketListKind, ZendeskApi } from '../../api/index.ts';
import { useHost } from '../../host/context.tsx';
import { t } from '../../i18n/index.ts';
import { adoptStyles } from '../../ui/frame/adoptStyles.ts';
import { TicketRow } from './TicketRow.tsx';
import { useTicketList } from './useTicketList.ts';

adoptStyles(ticketStyles);

export interface TicketListProps {
  /** The panel's API and its way of showing a failed read with a retry. */
  api: ZendeskApi;
  errorView: (error: unknown, retry: () => void) => ComponentChildren;
  userId: number;
  kind: TicketListKind;
}

/**
 * The five latest tickets behind a count, the agent's current ticket marked; each opens in the
 * agent workspace (ZAF: routeTo 'ticket', id), and "See all in Zendesk" opens the requester's
 * profile (routeTo 'user', id). A chunk of its own, fetched on the first click on a count.
 */
export function TicketList({ api, errorView, userId, kind }: TicketListProps) {
  const host = useHost();
  const { state, retry } = useTicketList(api, userId, kind);
  const route = (...args: unknown[]) => {
    host.invoke('routeTo', ...args).catch(() => undefined);
  };
  if (state.status === 'loading') return <p class="muted loading" role="status">{t('section.loading')}</p>;
  return (
    <>
      {state.status === 'error' && errorView(state.error, retry)}
      {state.status === 'ready' && state.data.length === 0 && <p class="muted">{t('tickets.empty')}</p>}
      {state.status === 'ready' && state.data.length > 0 && (
        <ul class="ticket-list__items">
          {state.data.map((ticket) => (
            <TicketRow key={ticket.id} ticket={ticket} current={ticket.id === host.context.ticketId} onOpen={() => route('ticket', ticket.id)} />
          ))}
        </ul>
      )}
      <button type="button" class="link-button" onClick={() => route('user', userId)}>{t('tickets.seeAll')}</button>
    </>
  );
}
