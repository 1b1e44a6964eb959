import { useRef } from 'preact/hooks';
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
  agent: Agent;
  /** Tests hand in an API with short timeouts. */
  api?: ZendeskApi;
  /** The host's answer for the requester, asked for during start-up. */
  initialRequester?: unknown;
}

// Each location gets its component; all three show the same panel today.
const LOCATIONS = {
  ticket_sidebar: (props: Props) => <Sidebar location="ticket_sidebar" api={props.api} initialRequester={props.initialRequester} />,
  new_ticket_sidebar: (props: Props) => <Sidebar location="new_ticket_sidebar" api={props.api} initialRequester={props.initialRequester} />,
  user_sidebar: (props: Props) => <Sidebar location="user_sidebar" api={props.api} initialRequester={props.initialRequester} />,
} as const;

export function App(props: Props) {
  const { host, agent } = props;
  const root = useRef<HTMLElement>(null);
  useAutoResize(host, root);
  const { location } = host.context;
  const content = location === 'unknown' ? null : LOCATIONS[location](props);
  return (
    <HostProvider value={host}>
      <AgentProvider value={agent}>
        <main ref={root} class="app" data-location={location}>
          {content ?? <p class="empty">{t('app.unsupportedLocation')}</p>}
        </main>
      </AgentProvider>
    </HostProvider>
  );
}
