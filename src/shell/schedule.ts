import { firstViewReads, roleRead } from '../api/early.ts';

// Start-up and the panel's schedule, in order: every request that leaves and when, and every
// chunk that loads and when. Start-up (src/startup.ts) sends what `startupReads` says, the page
// preloads the chunks the build's inlineStartup entries name (vite.config.ts), and the features
// ask the API for their data: the first asks take the answers already on their way
// (host/prefetch.ts). Features do not decide when a request leaves; they read this.

/** When a step happens, in the order they come. */
export type Moment =
  /** The page arrives: its preloads start downloading beside the handshake. */
  | 'page'
  /** The host has answered the one `get` (agent, requester): the first view's reads leave. */
  | 'host-answered'
  /** The counts and identities are on screen. */
  | 'counts-painted'
  /** Only when the agent asks (a click). */
  | 'agent-asks';

const ORDER: readonly Moment[] = ['page', 'host-answered', 'counts-painted', 'agent-asks'];

/** One request to Zendesk's API or one chunk of the app, and when it happens. */
export type Step =
  | { kind: 'request'; moment: Moment; what: string; url?: string; only?: string }
  | { kind: 'chunk'; moment: Moment; what: string; only?: string };

/** What start-up knows once the host has answered. */
export interface StartFacts {
  /** The requester's user id; null when there is none (a new ticket without one). */
  requesterId: number | null;
  /** Whether this agent's standing is cached for the session (no role read needed). */
  roleKnown: boolean;
  /** ZAF's `currentUser.role`: "admin", "agent" or a custom role's name; null if not said. */
  hostRole: string | null;
}

/**
 * The whole schedule for one app instance, in order. Requests with a `url` are the ones start-up
 * sends itself; `only` says the condition under which a step happens at all.
 */
export function schedule(facts: StartFacts): Step[] {
  const named = ['the requester with identities and organizations', 'the related counts', 'the agent\'s role'];
  return [
    { kind: 'chunk', moment: 'page', what: 'view: Preact, the panel, the first reads (main.tsx)' },
    { kind: 'chunk', moment: 'page', what: 'actions: identity actions, details, Access, duplicates, merge; later API operations (RequesterActions.tsx, afterFirstView.ts)' },
    { kind: 'chunk', moment: 'host-answered', what: 'the panel\'s strings in the agent\'s language' },
    ...startupReads(facts).map((url, index): Step => ({ kind: 'request', moment: 'host-answered', what: named[index] ?? url, url })),
    { kind: 'chunk', moment: 'host-answered', what: 'the later strings in the agent\'s language (with the actions)' },
    { kind: 'request', moment: 'counts-painted', what: 'the custom roles', only: '/users/me names a custom role ZAF did not name' },
    { kind: 'request', moment: 'counts-painted', what: 'the rest of the identities, page by page', only: 'the sideload is incomplete' },
    { kind: 'chunk', moment: 'counts-painted', what: 'the reader of the rest of the identities', only: 'the sideload is incomplete' },
    { kind: 'request', moment: 'agent-asks', what: 'the latest tickets behind a count (with its chunk)' },
    { kind: 'request', moment: 'agent-asks', what: 'the requester\'s other organizations' },
    { kind: 'request', moment: 'agent-asks', what: 'the duplicate searches (with their chunk)' },
    { kind: 'request', moment: 'agent-asks', what: 'the merge flow\'s reads and the merge (with its chunk and strings)' },
    { kind: 'request', moment: 'agent-asks', what: 'every write: identity changes, suspend, sign-out, the receipt note' },
  ];
}

/**
 * The URLs start-up sends as soon as the host has answered, in order: the requester and the
 * related counts (the first view's reads), and the role read with them when this session does not
 * know the agent's role yet — three parallel reads cost one round trip, and the actions are
 * usable when the counts paint. No requester, no panel: nothing is read.
 */
export function startupReads(facts: StartFacts): string[] {
  if (facts.requesterId === null) return [];
  const reads = firstViewReads(facts.requesterId);
  return facts.roleKnown ? reads : [...reads, roleRead(facts.hostRole)];
}

/** How many requests leave, at most, before the counts paint. */
export function readsBeforeCounts(steps: readonly Step[]): number {
  const paint = ORDER.indexOf('counts-painted');
  return steps.filter((step) => step.kind === 'request' && ORDER.indexOf(step.moment) < paint).length;
}
