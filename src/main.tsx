import { render } from 'preact';
import { App } from './App.tsx';
import { toAgent } from './features/permissions/agent.ts';
import { connectToHost } from './host/zaf.ts';
import { loadMessages } from './i18n/index.ts';
import { applyLocale } from './locale.ts';
import { toHostPerson } from './features/requester/hostPerson.ts';
import { requesterPath } from './features/requester/useRequester.ts';
import { readEarly } from './api/early.ts';
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
  // Both answers are needed for the header: ask for them together.
  const location = host.context.location;
  const [currentUser, requester] = await Promise.all([
    host.get('currentUser').catch(() => null),
    location === 'unknown' ? undefined : host.get(requesterPath(location)).catch(() => undefined),
  ]);
  const person = toHostPerson(requester);
  if (person) readEarly(host, person.id, 15_000);
  const agent = toAgent(currentUser);
  await applyLocale(agent.locale);
  // The panel's strings download while the header paints; a location this app does not
  // serve (a manifest edited by hand) has only them to show.
  const strings = loadMessages('app').catch(() => undefined);
  if (location === 'unknown') await strings;
  render(<App host={host} agent={agent} initialRequester={requester} />, root);
}

// The panel's chunk downloads while the host answers the handshake.
void loadPanel().catch(() => undefined);

const root = document.getElementById('root');
if (root) void start(root);
