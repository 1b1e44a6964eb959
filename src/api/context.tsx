import { createContext } from 'preact';
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { ZendeskApi } from './index.ts';

const ApiContext = createContext<ZendeskApi | null>(null);

interface Props {
  api: ZendeskApi;
  children: ComponentChildren;
}

export function ApiProvider({ api, children }: Props) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): ZendeskApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiProvider> above it');
  return api;
}
