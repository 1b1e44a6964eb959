import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TicketListKind, TicketSummary, ZendeskApi } from '../../api/index.ts';
import { LOADING } from '../../ui/load.ts';
import type { Load } from '../../ui/load.ts';

/**
 * One read of the latest tickets behind a count, when the list opens (and again on retry).
 * Closing the list or changing requester aborts it: an answer for a previous requester never shows.
 */
export function useTicketList(api: ZendeskApi, userId: number, kind: TicketListKind) {
  const [state, setState] = useState<Load<TicketSummary[]>>(LOADING);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState(LOADING);
    api.listUserTickets(userId, kind, controller.signal).then(
      (answer) => !controller.signal.aborted && setState({ status: 'ready', data: answer.tickets }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [api, userId, kind, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
