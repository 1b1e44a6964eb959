import { render } from 'preact';
import { App } from './App.tsx';
import { toAgent } from './features/permissions/agent.ts';
import { connectToHost } from './host/zaf.ts';
import { loadMessages, prepareFormats } from './i18n/index.ts';
import { applyLocale } from './locale.ts';
import { toHostPerson } from './features/requester/hostPerson.ts';
import { requesterPath } from './features/requester/useRequester.ts';
import { readEarly } from './api/early.ts';
import { loadPanel } from './panelLoader.ts';
import './styles.css';

async function start(root: HTMLElement): Promise<void> {
  const host = await connectToHost({
    href: window.location.href,
    allowLocalOrigins: __DEV_HOSTS__,
    registerTimeoutMs: 10_000,
  });
  if ('reason' in host) {
    // A rare page: its code and sentences are not worth shipping in the first-paint bundle.
    const [panel] = await Promise.all([loadPanel(), loadMessages('app').catch(() => undefined)]);
    render(<panel.Unavailable why={host} />, root);
    return;
  }
  // The panel listens for requester changes from its first paint. One announced before then,
  // while the locale loads say, would leave the old requester on screen: note it, and let the
  // panel ask the host again.
  let switched = false;
  const stopNoting = host.on('ticket.requester.id.changed', () => { switched = true; });
  // Both answers are needed for the header: ask for them together.
  const location = host.context.location;
  const paths = location === 'unknown' ? ['currentUser'] : ['currentUser', requesterPath(location)];
  const [currentUser, requester] = await host.getEach(paths).catch(() => []);
  const person = toHostPerson(requester);
  if (person) readEarly(host, person.id, 15_000);
  // Imported once the reads are out: earlier, running the chunk delayed them behind the host's answers.
  void loadPanel().catch(() => undefined);
  const agent = toAgent(currentUser);
  await applyLocale(agent.locale);
  // The panel's strings download while the header paints; a location this app does not
  // serve (a manifest edited by hand) has only them to show.
  const strings = loadMessages('app').catch(() => undefined);
  if (location === 'unknown') await strings;
  render(<App host={host} agent={agent} initialRequester={switched ? undefined : requester} />, root);
  // Only now: the panel's own listener is attached, so Zendesk keeps sending the event.
  stopNoting();
  // The counts need number and plural formats; making them while the reads are out keeps
  // that cost off the path from answers to paint, and out of the header's frame.
  whenIdle(prepareFormats);
}

function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 100 });
  else setTimeout(work, 20);
}

const root = document.getElementById('root');
if (root) void start(root);
