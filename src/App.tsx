import { useRef } from 'preact/hooks';
import { ApiProvider } from './api/context.tsx';
import type { ZendeskApi } from './api/index.ts';
import type { Agent } from './features/permissions/agent.ts';
import { AgentProvider } from './features/permissions/context.tsx';
import { Sidebar } from './features/requester/Sidebar.tsx';
import { HostProvider } from './host/context.tsx';
import type { HostClient } from './host/types.ts';
import { t } from './i18n/index.ts';
import { useAutoResize } from './ui/useAutoResize.ts';

interface Props {
  host: HostClient;
  api: ZendeskApi;
  agent: Agent;
}

// Each location gets its component; all three show the same panel today.
const LOCATIONS = {
  ticket_sidebar: () => <Sidebar location="ticket_sidebar" />,
  new_ticket_sidebar: () => <Sidebar location="new_ticket_sidebar" />,
  user_sidebar: () => <Sidebar location="user_sidebar" />,
} as const;

export function App({ host, api, agent }: Props) {
  const root = useRef<HTMLElement>(null);
  useAutoResize(host, root);
  const { location } = host.context;
  const Location = location === 'unknown' ? null : LOCATIONS[location];
  return (
    <HostProvider value={host}>
      <ApiProvider value={api}>
        <AgentProvider value={agent}>
          <main ref={root} class="app" data-location={location}>
            {Location ? <Location /> : <p class="empty">{t('app.unsupportedLocation')}</p>}
          </main>
        </AgentProvider>
      </ApiProvider>
    </HostProvider>
  );
}
