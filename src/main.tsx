import { render } from 'preact';
import { App } from './App.tsx';
import { toAgent } from './features/permissions/agent.ts';
import { connectToHost } from './host/zaf.ts';
import { loadMessages } from './i18n/index.ts';
import { applyLocale } from './locale.ts';
import { loadPanel } from './panelLoader.ts';
import { Unavailable } from './Unavailable.tsx';
import './styles.css';

async function start(root: HTMLElement): Promise<void> {
  const host = await connectToHost({
    href: window.location.href,
    allowLocalOrigins: __DEV_HOSTS__,
    registerTimeoutMs: 10_000,
  });
  if ('reason' in host) {
    // A rare page: its sentences are not worth shipping in the first-paint bundle.
    await loadMessages('app').catch(() => undefined);
    render(<Unavailable why={host} />, root);
    return;
  }
  const agent = toAgent(await host.get('currentUser').catch(() => null));
  await applyLocale(agent.locale);
  render(<App host={host} agent={agent} />, root);
}

// The panel's chunk downloads while the host answers the handshake.
void loadPanel().catch(() => undefined);

const root = document.getElementById('root');
if (root) void start(root);
