import { useLayoutEffect, useState } from 'preact/hooks';
import type { HostClient, Location } from '../../host/types.ts';
import { requesterPath, toHostPerson } from './hostPerson.ts';
import type { HostPerson } from './hostPerson.ts';

export type RequesterState =
  | { status: 'loading' }
  | { status: 'none' }
  /** The host could not read the requester: not the same as a ticket without one. */
  | { status: 'failed'; retry: () => void }
  | { status: 'ready'; person: HostPerson };

function stateOf(raw: unknown): RequesterState {
  const person = toHostPerson(raw);
  return person ? { status: 'ready', person } : { status: 'none' };
}

/**
 * The person the panel is about, from the host, following requester changes on the ticket.
 * `initial` is the host's answer when start-up already asked for it (saves a round trip).
 */
export function useRequester(host: HostClient, location: Location, initial?: unknown): RequesterState {
  const [state, setState] = useState<RequesterState>(() => (initial === undefined ? { status: 'loading' } : stateOf(initial)));

  // Listening starts in the same task as the first paint: a passive effect runs a frame later,
  // and a change the host announces in between would be lost for good.
  useLayoutEffect(() => {
    let latest = 0;
    const read = () => {
      const ask = ++latest;
      host.get(requesterPath(location)).then(
        (raw) => {
          // Two quick changes: only the answer to the newest question counts.
          if (ask === latest) setState(stateOf(raw));
        },
        () => {
          if (ask === latest) setState({ status: 'failed', retry: read });
        },
      );
    };
    if (initial === undefined) read();
    if (location === 'user_sidebar') return () => { latest = -1; };
    const off = host.on('ticket.requester.id.changed', read);
    return () => {
      latest = -1;
      off();
    };
    // `initial` only seeds the first render; later answers come from the host's events.
  }, [host, location]);

  return state;
}
