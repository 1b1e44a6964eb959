import { useEffect, useState } from 'preact/hooks';
import type { HostClient, Location } from '../../host/types.ts';
import { toHostPerson } from './hostPerson.ts';
import type { HostPerson } from './hostPerson.ts';

export type RequesterState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'ready'; person: HostPerson };

const HOST_PATH: Record<Location, string> = {
  ticket_sidebar: 'ticket.requester',
  new_ticket_sidebar: 'ticket.requester',
  user_sidebar: 'user',
};

/** The person the panel is about, from the host, following requester changes on the ticket. */
export function useRequester(host: HostClient, location: Location): RequesterState {
  const [state, setState] = useState<RequesterState>({ status: 'loading' });

  useEffect(() => {
    let latest = 0;
    const read = () => {
      const ask = ++latest;
      host.get(HOST_PATH[location]).then(
        (raw) => {
          // Two quick changes: only the answer to the newest question counts.
          if (ask !== latest) return;
          const person = toHostPerson(raw);
          setState(person ? { status: 'ready', person } : { status: 'none' });
        },
        () => {
          if (ask === latest) setState({ status: 'none' });
        },
      );
    };
    read();
    if (location === 'user_sidebar') return () => { latest = -1; };
    const off = host.on('ticket.requester.id.changed', read);
    return () => {
      latest = -1;
      off();
    };
  }, [host, location]);

  return state;
}
