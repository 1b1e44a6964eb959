import { createContext } from 'preact';
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { HostClient } from './types.ts';

// null, not {}, so that using the hook outside the provider is caught.
const HostContext = createContext<HostClient | null>(null);

interface Props {
  client: HostClient;
  children: ComponentChildren;
}

export function HostProvider({ client, children }: Props) {
  return <HostContext.Provider value={client}>{children}</HostContext.Provider>;
}

export function useHost(): HostClient {
  const client = useContext(HostContext);
  if (!client) throw new Error('useHost() needs a <HostProvider> above it');
  return client;
}
