import { hostPersonId, requesterPath, toHostPerson } from './features/requester/hostPerson.ts';
import type { HostPerson } from './features/requester/hostPerson.ts';
import { paintHeader } from './features/requester/paintHeader.ts';
import { hostRoleOf, standingKey, toAgent } from './features/permissions/agent.ts';
import { standingMayBeKnown } from './features/permissions/standingStore.ts';
import { startupReads } from './shell/schedule.ts';
import { withPrefetch } from './host/prefetch.ts';
import { instanceShare } from './shell/share.ts';
import type { HostClient } from './host/types.ts';
import { connectToHost } from './host/zaf.ts';
import { HEADER_TABLES } from './i18n/headerTables.ts';
import { pickLocale, speakOnPage } from './i18n/chain.ts';
import { followScheme, showSchemeFromAddress } from './ui/frame/colorScheme.ts';

// Every language's strings chunk but English's, and every language's actions' strings
// (i18n/index.ts loads the same modules).
const LANGUAGES = import.meta.glob('./i18n/locales/*/index.ts');
const LATER = import.meta.glob('./i18n/locales/*/later.json');

/**
 * Start-up, in the order things leave and why. The build puts this script inline in iframe.html
 * (scripts/vite-app-layout-startup.ts), so it runs as soon as the page arrives (in its head: the
 * body is read meanwhile and needed only to render), and the same page preloads the view's
 * chunk (Preact, the panel, the API layer): its download starts with the page's and runs beside
 * the host's round trips, never after them.
 *
 * It imports the SDK, the host client, the header painter with every language's header strings
 * and a few tiny helpers: the first screen is painted from here, with nothing downloaded, and
 * the view takes it over (`import()` below). Nothing here knows how the panel or the API work;
 * they ask the host for what they need, and the answers start-up already asked for are waiting.
 */
async function start(): Promise<void> {
  // 0. The agent workspace's scheme, from the frame's address, before anything is painted.
  showSchemeFromAddress(window.location.href);
  // 1. The handshake leaves first: connecting posts it before anything else runs.
  const connecting = connectToHost({ href: window.location.href, allowLocalOrigins: __DEV_HOSTS__, registerTimeoutMs: 10_000 });
  // 1b. Right behind it, the hello to the page's other app instances (shell/share.ts): what they
  //     read for this agent arrives while the host registers this one and answers the get below.
  const share = instanceShare();
  const connected = await connecting;
  if ('reason' in connected) {
    // Outside Zendesk: a rare page, loaded by the view as a chunk rather than in the first paint.
    const view = await import('./main.tsx');
    await view.showUnavailable(await page(), connected);
    return;
  }
  const { host, prefetch } = withPrefetch(connected);
  followScheme(host);

  // 2. Requester changes are noted from before the host is asked who the requester is: one
  //    announced before the panel listens (while a language loads, say) must not leave the old
  //    requester on screen. The panel then asks the host again instead of taking the answer below.
  let switched = false;
  const stopNoting = host.on('ticket.requester.id.changed', () => { switched = true; });

  // 3. One get for the agent (language, role) and the requester: the header needs both.
  const location = host.context.location;
  const paths = location === 'unknown' ? ['currentUser'] : ['currentUser', requesterPath(location)];
  //    A path ZAF could not read (named in the answer's `errors`) is undefined here, which the
  //    panel takes as "ask the host again": it then says it could not read the requester, never
  //    that there is none.
  const answers = await host.getEach(paths).catch(() => []);
  const [currentUser, requester] = answers.map((answer) => (answer.ok ? answer.value : undefined));

  // 4. The first view's reads leave now, in parallel, before the code that shows them has run:
  //    the requester, the related counts and, unless this session knows it, the agent's role
  //    (src/shell/schedule.ts). The panel's own reads of the same URLs take these answers
  //    (withPrefetch); a read another instance of the page made for this agent within 60 s is
  //    taken instead of sent. What is known of the role (stored, or told by the other instances)
  //    decides the role read; the root store is the view's to make, with this channel.
  const agent = toAgent(currentUser);
  const roleKnown = standingMayBeKnown(standingKey(agent), share);
  // The agent's id is the same for every instance of one page (or missing for all of them).
  const reader = `${host.context.subdomain ?? ''}/${String((currentUser as { id?: unknown } | undefined)?.id)}`;
  prefetch(startupReads({ requesterId: hostPersonId(requester), roleKnown, hostRole: hostRoleOf(currentUser) }), 15_000, { share, agent: reader });

  // 4b. The panel's strings in the agent's language start downloading now: the page cannot
  //     preload them, not knowing the language (the view's own import of them then finds them
  //     there). Nothing slow runs in this task: Zendesk's page has yet to take the reads in, and
  //     the frame competes with it for the CPU (or shares its main thread, where the browser keeps
  //     both in one process). The number and plural formats, whose first use costs tens of
  //     milliseconds, wait for step 7: made here, they held the reads' answers back by 15-20 ms.
  const tag = pickLocale(agent.locale, (tag) => Object.hasOwn(HEADER_TABLES, tag));
  (tag === 'en' ? import('./i18n/locales/en/app.json') : LANGUAGES[`./i18n/locales/${tag}/index.ts`]?.())?.catch(() => undefined);
  // The actions' strings too (English beneath another language's), as the actions chunk
  // downloads beside the view (src/shell/schedule.ts).
  for (const of of new Set(['en', tag])) LATER[`./i18n/locales/${of}/later.json`]?.().catch(() => undefined);

  // 5. The header paints at once, as plain DOM, from the host's answers (paintHeader): every
  //    language's header strings are inline, so no language waits for a download. Not when
  //    there is no requester (the view says so), the host did not answer or a requester change
  //    was announced (the view asks the host again).
  const root = await page();
  speakOnPage(tag);
  const person = switched || location === 'unknown' ? null : toHostPerson(requester);
  const release = person ? paint(root, host, location, person, tag) : () => undefined;

  // 6. The view's chunk (preloaded) runs only now, so its evaluation never sits between the
  //    host's answers and the reads. Its first render, once the agent's language has loaded
  //    (a chunk, but for English), takes the painted nodes over. A requester change announced
  //    until now makes the panel ask the host again instead of taking the answer of step 3.
  const view = await import('./main.tsx');
  await view.speakAgentLanguage(agent, HEADER_TABLES);
  release();
  await view.showApp(root, { host, agent, requester: switched ? undefined : requester, share });
  // Only now: the panel's own listener is attached, so Zendesk keeps sending the event.
  stopNoting();

  // 7. While the reads are out: the panel's strings are taken in (their chunk was asked for in
  //    4b) and the number and plural formats made, so that when the answers come only rendering
  //    is left. (Making the panel ready before the view's first render measured the same.)
  await view.preparePanel();
}

/** Paints `person`'s header in the language `tag`; returns paintHeader's release. */
function paint(root: HTMLElement, host: HostClient, location: string, person: HostPerson, tag: string): () => void {
  const table = { ...HEADER_TABLES['en'], ...HEADER_TABLES[tag] };
  const say = (key: string) => String(table[key] ?? key);
  const words = {
    role: person.role ? say(`role.${person.role}`) : null,
    openProfile: say('requester.openProfile'),
    openProfileOf: say('requester.openProfileOf').replace('{name}', person.name),
    loading: say('section.loading'),
  };
  return paintHeader(root, location, person, words, () => {
    host.invoke('routeTo', 'user', person.id).catch(() => undefined);
  });
}

/** The element the app renders into, once the page below this script has been read. */
async function page(): Promise<HTMLElement> {
  if (document.readyState === 'loading') await new Promise((parsed) => document.addEventListener('DOMContentLoaded', parsed, { once: true }));
  const root = document.getElementById('root');
  if (!root) throw new Error('iframe.html has no #root');
  return root;
}

void start();
