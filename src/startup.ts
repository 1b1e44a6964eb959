import { firstViewReads } from './api/early.ts';
import { hostPersonId, requesterPath } from './features/requester/hostPerson.ts';
import { withPrefetch } from './host/prefetch.ts';
import { connectToHost } from './host/zaf.ts';

/**
 * Start-up, in the order things leave and why. The build puts this script inline in iframe.html
 * (scripts/vite-app-layout-startup.ts), so it runs as soon as the page arrives (in its head: the
 * body is read meanwhile and needed only to render), and the same page preloads the view (the
 * header's code), the panel chunk and English's panel strings (the fallback beneath every
 * language): their downloads start with the page's and run beside the host's round trips,
 * never one after another.
 *
 * It imports only the SDK, the host client and two tiny helpers: the header and the panel come
 * from the preloaded chunks (`import()` below). Nothing here knows how the panel or the API work;
 * they ask the host for what they need, and the answers start-up already asked for are waiting.
 */
async function start(): Promise<void> {
  // 1. The handshake leaves first: connecting posts it before anything else runs.
  const connected = await connectToHost({ href: window.location.href, allowLocalOrigins: __DEV_HOSTS__, registerTimeoutMs: 10_000 });
  if ('reason' in connected) {
    // Outside Zendesk: a rare page, shipped in the panel chunk rather than in the first paint.
    const view = await import('./main.tsx');
    await view.showUnavailable(await page(), connected);
    return;
  }
  const { host, prefetch } = withPrefetch(connected);

  // 2. Requester changes are noted from before the host is asked who the requester is: one
  //    announced before the panel listens (while a language loads, say) must not leave the old
  //    requester on screen. The panel then asks the host again instead of taking the answer below.
  let switched = false;
  const stopNoting = host.on('ticket.requester.id.changed', () => { switched = true; });

  // 3. One get for the agent (language, role) and the requester: the header needs both.
  const location = host.context.location;
  const paths = location === 'unknown' ? ['currentUser'] : ['currentUser', requesterPath(location)];
  const [currentUser, requester] = await host.getEach(paths).catch(() => []);

  // 4. The first view's two reads leave now, in parallel, before the code that shows them has
  //    run: the panel's own reads of the same URLs take these answers (withPrefetch).
  const requesterId = hostPersonId(requester);
  if (requesterId !== null) prefetch(firstViewReads(requesterId), 15_000);

  // 4b. While the reads are out and the view's chunk may still be downloading, the browser loads
  //     its number and plural data for the agent's language: the first Intl objects of a page
  //     cost tens of milliseconds, which would otherwise land on the panel's preparation.
  warmIntl(currentUser);

  // 5. The header paints from the host's answers, in the agent's language (any but English loads
  //    its strings chunk first). The view's chunk is already downloaded (preloaded); it runs
  //    only now, so its evaluation never sits between the host's answers and the reads. A
  //    requester change announced until now, even while the language loaded, makes the panel
  //    ask the host again instead of taking the answer of step 3.
  const view = await import('./main.tsx');
  const agent = await view.speakAgentLanguage(currentUser);
  await view.showApp(await page(), { host, agent, requester: switched ? undefined : requester });
  // Only now: the panel's own listener is attached, so Zendesk keeps sending the event.
  stopNoting();

  // 6. While the reads are out: the panel chunk (preloaded) is evaluated, its strings are read
  //    and the number and plural formats made, so that when the answers come only rendering is
  //    left. (Making the panel ready before the header's render instead measured the same.)
  await view.preparePanel();
}

function warmIntl(currentUser: unknown): void {
  const locale = (currentUser as { locale?: unknown } | undefined)?.locale;
  try {
    const tag = typeof locale === 'string' && locale !== '' ? locale : 'en';
    new Intl.PluralRules(tag).select(1);
    new Intl.NumberFormat(tag).format(1);
  } catch {
    // A tag the browser does not know: the view picks the app's own locale later anyway.
  }
}

/** The element the app renders into, once the page below this script has been read. */
async function page(): Promise<HTMLElement> {
  if (document.readyState === 'loading') await new Promise((parsed) => document.addEventListener('DOMContentLoaded', parsed, { once: true }));
  const root = document.getElementById('root');
  if (!root) throw new Error('iframe.html has no #root');
  return root;
}

void start();
