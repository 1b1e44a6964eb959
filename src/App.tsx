import { useRef, useState } from 'preact/hooks';
import type { ZendeskApi } from './api/index.ts';
import type { Agent } from './features/permissions/agent.ts';
import { AgentProvider } from './features/permissions/context.tsx';
import { Sidebar } from './features/requester/Sidebar.tsx';
import { HostProvider } from './host/context.tsx';
import { ShellProvider } from './shell/context.tsx';
import { createShellStore } from './shell/store.ts';
import type { ShellStore } from './shell/store.ts';
import type { HostClient } from './host/types.ts';
import { t } from './i18n/index.ts';
import { useAutoResize } from './ui/frame/useAutoResize.ts';

interface Props {
  host: HostClient;
  agent: Agent;
  /** Tests hand in an API with short timeouts. */
  api?: ZendeskApi;
  /** The host's answer for the requester, asked for during start-up. */
  initialRequester?: unknown;
  /** The app instance's root store, made by the view (main.tsx); a new one when not given (a test's new instance). */
  shell?: ShellStore;
}

// The three locations the manifest names (ticket, new ticket, user sidebar) show the same panel:
// the location itself tells it where the person comes from (useRequester).
export function App(props: Props) {
  const { host, agent } = props;
  const root = useRef<HTMLElement>(null);
  const [shell] = useState(() => props.shell ?? createShellStore());
  useAutoResize(host, root);
  const { location } = host.context;
  const content = location === 'unknown' ? null : <Sidebar location={location} api={props.api} initialRequester={props.initialRequester} />;
  return (
    <ShellProvider value={shell}>
      <HostProvider value={host}>
        <AgentProvider value={agent}>
          <main ref={root} class="app" data-location={location}>
            {content ?? <p class="empty">{t('app.unsupportedLocation')}</p>}
          </main>
        </AgentProvider>
      </HostProvider>
    </ShellProvider>
  );
}
