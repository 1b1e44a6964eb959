// The page's styles first: the panel's (imported with the panel) come after them, as they cascade.
import './styles.css';
import { render } from 'preact';
import { App } from './App.tsx';
import type { Agent } from './features/permissions/agent.ts';
import type { HostClient } from './host/types.ts';
import type { HostUnavailable } from './host/zaf.ts';
import type { InstanceShare } from './shell/share.ts';
import { createShellStore } from './shell/store.ts';
import { loadAppStrings } from './appStrings.ts';
import { loadMessages, prepareFormats } from './i18n/index.ts';
import type { Messages } from './i18n/index.ts';
import { applyLocale } from './locale.ts';

// The view: what start-up (src/startup.ts) calls once the host has answered, with the panel and
// the API layer it imports: the first view's code, one chunk. Importing it does nothing by
// itself; the page preloads it while the handshake is under way.

/**
 * Switches to the agent's language (pt-BR → pt → en). Start-up read the agent from the host's
 * currentUser (features/permissions/agent.ts `toAgent`) and hands it over with every language's
 * header strings (i18n/headerTables.ts), so the view ships neither a second time.
 */
export async function speakAgentLanguage(agent: Agent, headers: Readonly<Record<string, Messages>>): Promise<void> {
  await applyLocale(agent.locale, headers);
}

export interface AppStart {
  host: HostClient;
  agent: Agent;
  /** The host's answer for the requester; undefined when it may be stale, so the panel asks again. */
  requester: unknown;
  /** Start-up's channel to the page's other app instances, for the root store the view makes. */
  share: InstanceShare;
}

/**
 * Renders the app into `root`, taking over the header start-up painted there; the panel's reads
 * find the answers to start-up's (host/prefetch.ts).
 */
export async function showApp(root: HTMLElement, { host, agent, requester, share }: AppStart): Promise<void> {
  // A location this app does not serve (a manifest edited by hand) has only a panel string to show.
  if (host.context.location === 'unknown') await loadMessages('app').catch(() => undefined);
  render(<App host={host} agent={agent} initialRequester={requester} shell={createShellStore(share)} />, root);
}

/**
 * Readies what the counts and identities need besides their data while the reads are out: the
 * panel's strings (start-up has asked for their chunk already) and the number and plural formats.
 */
export async function preparePanel(): Promise<void> {
  await loadAppStrings().catch(() => undefined);
  prepareFormats();
}

/**
 * The page shown outside Zendesk, or when the host never answers: a rare page, so a chunk of its
 * own rather than part of the first view. Rejects when that chunk cannot be downloaded.
 */
export async function showUnavailable(root: HTMLElement, why: HostUnavailable): Promise<void> {
  const [{ Unavailable }] = await Promise.all([import('./Unavailable.tsx'), loadMessages('app').catch(() => undefined)]);
  render(<Unavailable why={why} />, root);
}
