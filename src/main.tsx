import { render } from 'preact';
import { App } from './App.tsx';
import { toAgent } from './features/permissions/agent.ts';
import type { Agent } from './features/permissions/agent.ts';
import type { HostClient } from './host/types.ts';
import type { HostUnavailable } from './host/zaf.ts';
import { loadMessages, prepareFormats } from './i18n/index.ts';
import { applyLocale } from './locale.ts';
import { loadPanel } from './panelLoader.ts';
import './styles.css';

// The view: what start-up (src/startup.ts) calls once the host has answered. Importing this
// chunk does nothing by itself; the page preloads it while the handshake is under way.

/** Reads the host's currentUser and switches to the agent's language (pt-BR → pt → en). */
export async function speakAgentLanguage(currentUser: unknown): Promise<Agent> {
  const agent = toAgent(currentUser);
  await applyLocale(agent.locale);
  return agent;
}

export interface AppStart {
  host: HostClient;
  agent: Agent;
  /** The host's answer for the requester; undefined when it may be stale, so the panel asks again. */
  requester: unknown;
}

/** Renders the app: the header paints from the host's data, the panel as soon as it is ready. */
export async function showApp(root: HTMLElement, { host, agent, requester }: AppStart): Promise<void> {
  // A location this app does not serve (a manifest edited by hand) has only a panel string to show.
  if (host.context.location === 'unknown') await loadMessages('app').catch(() => undefined);
  render(<App host={host} agent={agent} initialRequester={requester} />, root);
}

/**
 * Readies everything the counts and identities need besides their data: the panel chunk evaluated,
 * its strings loaded, the number and plural formats made. A failure here is the panel's to show
 * (it offers to load its chunk again).
 */
export async function preparePanel(): Promise<void> {
  // The strings' chunk is preloaded by the page: asking for it once the panel has run costs no wait.
  await loadPanel().then((panel) => panel.loadAppStrings()).catch(() => undefined);
  prepareFormats();
}

/** The page shown outside Zendesk, or when the host never answers: rare, so it ships in the panel chunk. */
export async function showUnavailable(root: HTMLElement, why: HostUnavailable): Promise<void> {
  const [panel] = await Promise.all([loadPanel(), loadMessages('app').catch(() => undefined)]);
  render(<panel.Unavailable why={why} />, root);
}
