import './styles.css';
import type { WorkbenchApi } from './api.ts';
import { renderControls } from './controls.ts';
import { renderFaults } from './faults.ts';
import { mountApp, resolveApp } from './frame.ts';
import type { MountedApp } from './frame.ts';
import type { Json } from './zafData.ts';
import { renderAppActions, renderRequestLog, showRouteBanner, showToast } from './log.ts';
import { queryFromState, stateFromQuery } from './state.ts';
import { appSourceOf } from './source.ts';
import { renderTicket } from './ticket.ts';
import { Workbench } from './workbench.ts';
import { showWorkspace } from './workspaceView.ts';
import type { Change } from './workbench.ts';

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element;
}

const source = appSourceOf(document, window.location.search);
const workbench = new Workbench(stateFromQuery(window.location.search), window.location.origin);

const views = {
  ticket: byId('ticket'),
  app: byId('app-frame'),
  appTitle: byId('app-location'),
  controls: byId('controls'),
  faults: byId('faults'),
  log: byId('request-log'),
  actions: byId('app-actions'),
  toasts: byId('toasts'),
  banner: byId('banner'),
  tabs: byId('ticket-tabs'),
};

let current: Promise<MountedApp | null> = Promise.resolve(null);
/** The main tab's app once mounted, for what must be read at once (its height). */
let latestMounted: MountedApp | null = null;
let generation = 0;

/** Apps of other ticket tabs, by tab number (2, 3, …): further instances in the same agent page. */
const tabs = new Map<number, MountedApp>();

function closeTicketTabs(): void {
  for (const tab of tabs.values()) tab.unmount();
  tabs.clear();
  views.tabs.replaceChildren();
}

async function openTicketTab(requesterId: number): Promise<number> {
  const person = workbench.account.users.get(requesterId);
  if (!person) throw new Error(`No user ${requesterId} in the account`);
  const number = tabs.size + 2;
  // The ticket this person requested, as the agent would open it; else the scenario's own.
  const ticket = [...workbench.account.tickets.values()].find((each) => each.requester_id === requesterId);
  const frame = document.createElement('div');
  const box = Object.assign(document.createElement('section'), { className: 'tab-box' });
  box.dataset['tab'] = String(number);
  box.append(Object.assign(document.createElement('header'), { className: 'app-box__title', textContent: `Ticket tab ${number}: ${person.name}` }), frame);
  views.tabs.append(box);
  const app = await resolveApp(source, workbench.state.location);
  const mounted = mountApp(frame, app, workbench, { ticketId: ticket?.id ?? workbench.ticketId, requesterId });
  tabs.set(number, mounted);
  // The agent looks at the tab just opened (a browser does not run the frames of tabs out of view).
  box.scrollIntoView({ block: 'start' });
  await mounted.bridge.registered;
  return number;
}

function loadApp(): void {
  closeTicketTabs();
  const mine = ++generation;
  const previous = current;
  current = (async () => {
    (await previous)?.unmount();
    latestMounted = null;
    views.appTitle.textContent = workbench.state.location;
    views.app.replaceChildren(Object.assign(document.createElement('p'), { className: 'muted', textContent: 'Loading the app…' }));
    try {
      const app = await resolveApp(source, workbench.state.location);
      if (mine !== generation) return null;
      latestMounted = mountApp(views.app, app, workbench);
      return latestMounted;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      views.app.replaceChildren(Object.assign(document.createElement('p'), { className: 'notice notice--error', textContent: `The app could not be loaded: ${message}` }));
      console.error(error);
      return null;
    }
  })();
}

let shownFaults = workbench.account.faults;
let shownResizeFault = workbench.resizeFault;
const pending = new Set<Change>();

/** Draws what changed once per frame: a burst of requests should not redraw the log a hundred times. */
function draw(): void {
  const changes = new Set(pending);
  pending.clear();
  if (changes.has('state')) {
    const next = new URLSearchParams(queryFromState(workbench.state));
    const app = new URLSearchParams(window.location.search).get('app');
    if (app) next.set('app', app);
    window.history.replaceState(null, '', `?${next.toString()}`);
    renderControls(views.controls, workbench, { reloadApp: loadApp });
    showWorkspace(document.documentElement, workbench.state);
  }
  if (changes.has('ticket')) renderTicket(views.ticket, workbench);
  if (changes.has('log')) renderRequestLog(views.log, workbench);
  // A one-time fault is spent by a request, so the list can change without anyone touching it.
  if (changes.has('state') || workbench.account.faults !== shownFaults || workbench.resizeFault !== shownResizeFault) {
    shownFaults = workbench.account.faults;
    shownResizeFault = workbench.resizeFault;
    renderFaults(views.faults, workbench);
  }
  if (changes.has('notifications') || changes.has('routes') || changes.has('subscriptions')) {
    renderAppActions(views.actions, workbench);
  }
}

workbench.onChange((change) => {
  if (change === 'app') {
    loadApp();
    return;
  }
  if (change === 'notifications') {
    const last = workbench.notices.at(-1);
    if (last) showToast(views.toasts, last);
  }
  if (change === 'routes') {
    const last = workbench.visits.at(-1);
    if (last) showRouteBanner(views.banner, last);
  }
  if (pending.size === 0) requestAnimationFrame(draw);
  pending.add(change);
});

const api: WorkbenchApi = {
  get account() {
    return workbench.account;
  },
  state: () => structuredClone(workbench.state),
  setRequester: (id) => workbench.setRequester(id),
  activate: () => workbench.activate(),
  deactivate: () => workbench.deactivate(),
  emit: (event, data) => workbench.emitToApp(event, (data ?? null) as Json),
  setFaults: (list) => workbench.setFaults(list),
  setUnreadablePaths: (paths) => workbench.setUnreadablePaths(paths),
  setLatency: (ms) => workbench.setLatency(ms),
  setRole: (role) => workbench.setRole(role),
  setLocale: (locale) => workbench.setLocale(locale),
  setScheme: (scheme) => workbench.setScheme(scheme),
  setWidth: (width) => workbench.setWidth(width),
  setLocation: (location) => workbench.setLocation(location),
  setSettings: (settings) => workbench.setSettings(settings),
  setScenario: (name) => workbench.setScenario(name),
  reloadApp: loadApp,
  ready(timeoutMs = 15_000) {
    const registered = (async () => {
      for (;;) {
        const seen = current;
        const mounted = await seen;
        if (seen !== current) continue;
        if (!mounted) throw new Error('The app is not loaded');
        await mounted.bridge.registered;
        if (seen === current) return;
      }
    })();
    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`The app did not finish the handshake within ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([registered, timeout]);
  },
  requests: () => workbench.requestLog.map((entry) => ({ ...entry })),
  inFlight: () => workbench.inFlight,
  notifications: () => workbench.notices.map((n) => ({ ...n })),
  routes: () => workbench.visits.map((v) => ({ ...v, args: [...v.args] })),
  subscriptions: () => workbench.subscriptions(),
  frameHeight(tab) {
    const mounted = tab === undefined || tab === 1 ? latestMounted : tabs.get(tab);
    return mounted?.height() ?? null;
  },
  openTicketTab,
  closeTicketTabs,
};
window.workbench = api;

for (const change of ['state', 'ticket', 'log', 'notifications'] as const) pending.add(change);
draw();
loadApp();
