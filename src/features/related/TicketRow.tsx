import type { TicketSummary } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { formatDate, formatRelative } from '../../i18n/dates.ts';

interface Props {
  ticket: TicketSummary;
  /** The ticket the agent has open. */
  current: boolean;
  onOpen: () => void;
}

/** One ticket: its number, subject (as text), status in word and colour, and when it last changed. */
export function TicketRow({ ticket, current, onOpen }: Props) {
  const status = ticket.status ?? 'unknown';
  return (
    <li class={current ? 'ticket ticket--current' : 'ticket'}>
      <button type="button" class="ticket__open" onClick={onOpen} aria-current={current ? 'page' : undefined}>
        <span class="ticket__line">
          <span class={`badge status status--${status}`}>{t(`tickets.status.${status}`)}</span>
          <span class="ticket__subject" dir="auto">{ticket.subject.trim() || t('tickets.noSubject')}</span>
        </span>
        <span class="ticket__meta muted small">
          #{ticket.id}
          {ticket.updatedAt && (
            <>
              {' · '}
              <span title={formatDate(ticket.updatedAt)}>{t('tickets.updated', { when: formatRelative(ticket.updatedAt) })}</span>
            </>
          )}
          {current && <> · <span class="ticket__current">{t('tickets.current')}</span></>}
        </span>
      </button>
    </li>
  );
}
