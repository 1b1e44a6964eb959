import { createAccount, scenarios, zendeskHandlers } from '../zendesk/index.ts';
import type { Account, Fault, RequestLogEntry, ScenarioInfo, ScenarioName } from '../zendesk/index.ts';
import type { HttpHandler } from 'msw';
import { locationsFor } from './state.ts';
import type { AgentLocale, AgentRole, AppLocation, Settings, WorkbenchState } from './state.ts';
import { followAccount } from './follow.ts';
import { staffFor } from './zafData.ts';
import type { Json } from './zafData.ts';
import { SCHEME_EVENT, widthFrom } from './workspace.ts';
import type { ColorScheme } from './workspace.ts';

/** Where the fake account pretends to live; relative API urls from the app resolve against it. */
export const ACCOUNT_ORIGIN = 'https://workbench.zendesk.com';

export interface LoggedRequest extends RequestLogEntry {
  /** Path and query on the account, which is what an agent recognises. */
  path: string;
  /** When the answer was sent, in ms since the page loaded. */
  at: number;
}

export interface Notification {
  message: string;
  kind: string;
  at: number;
}

export interface RouteVisit {
  /** `routeTo`'s arguments as the app sent them, e.g. `['user', 2001]`. */
  args: Json[];
  at: number;
}

/**
 * What changed, for whoever draws it: `app` means the app must be reloaded (as Zendesk does when
 * the agent, locale, settings or location change), `ticket` that the fake ticket must be redrawn.
 */
export type Change = 'app' | 'ticket' | 'log' | 'notifications' | 'routes' | 'subscriptions' | 'state';

/**
 * A fault of the agent workspace rather than of the account: the frame takes its new height
 * `ms` after the app asked (`resize`), as a busy Zendesk page may. Meanwhile the frame is
 * shorter or taller than its content.
 */
export interface ResizeFault {
  endpoint: 'resize';
  kind: 'latency';
  ms: number;
}

/** What `setFaults` takes: the account's faults and the workspace's own. */
export type WorkbenchFault = Fault | ResizeFault;

export function isResizeFault(fault: WorkbenchFault): fault is ResizeFault {
  return fault.endpoint === 'resize';
}

/** The running app's end of the protocol, while one is mounted. */
export interface AppLink {
  emit(event: string, data: Json): boolean;
  subscriptions(): Record<string, number>;
}

/** The host's state outside the app: the account, the ticket on screen, and what the app did. */
export class Workbench {
  state: WorkbenchState;
  account!: Account;
  handlers: readonly HttpHandler[] = [];
  requesterId: number | null = null;
  /** Fields the app changed with `set`, shown like unsaved edits on the ticket. */
  ticketEdits: Record<string, Json> = {};
  readonly requestLog: LoggedRequest[] = [];
  readonly notices: Notification[] = [];
  readonly visits: RouteVisit[] = [];
  inFlight = 0;
  /** The resize fault in force, if any: how late every frame takes the height its app asked for. */
  resizeFault: ResizeFault | null = null;
  /** Comments the ticket pane shows, to notice one the app added. */
  private commentsShown = 0;
  /** People in the requester list, to notice one deleted by a merge. */
  private peopleShown = 0;
  private stopLogging = () => {};
  private readonly listeners = new Set<(change: Change) => void>();
  /** Set by whoever mounts the iframe. */
  app: AppLink | null = null;

  /**
   * `photoOrigin`: where profile photos are served. The account's own origin cannot be reached
   * from a browser, so the page passes its own, whose server answers `/system/photos/…`.
   */
  constructor(state: WorkbenchState, private readonly photoOrigin = ACCOUNT_ORIGIN) {
    this.state = state;
    this.openAccount();
  }

  get scenario(): ScenarioInfo {
    const info = scenarios.find((s) => s.name === this.state.scenario);
    if (!info) throw new Error(`Unknown scenario ${this.state.scenario}`);
    return info;
  }

  get ticketId(): number | null {
    return this.state.location === 'user_sidebar' ? null : this.scenario.ticketId;
  }

  onChange(listener: (change: Change) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  subscriptions(): Record<string, number> {
    return this.app?.subscriptions() ?? {};
  }

  /** Sends `zaf.<event>` if the app listens to it; returns whether it did. */
  emitToApp(event: string, data: Json): boolean {
    return this.app?.emit(event, data) ?? false;
  }

  subscriptionsChanged(): void {
    this.changed('subscriptions');
  }

  private changed(...changes: Change[]): void {
    for (const change of changes) for (const listener of this.listeners) listener(change);
  }

  private openAccount(): void {
    this.stopLogging();
    this.account = createAccount({ scenario: this.state.scenario });
    for (const user of this.account.users.values()) {
      if (user.photo?.content_url.startsWith('/')) user.photo.content_url = this.photoOrigin + user.photo.content_url;
    }
    this.account.setActingUser(staffFor[this.state.role]);
    this.account.setLatency(this.state.latencyMs);
    this.handlers = zendeskHandlers(this.account);
    this.requesterId = this.scenario.requesterId;
    this.commentsShown = this.ticketId === null ? 0 : this.account.getComments(this.ticketId).length;
    this.peopleShown = this.account.users.size;
    this.ticketEdits = {};
    this.requestLog.length = 0;
    this.stopLogging = this.account.onRequest((entry) => {
      const url = new URL(entry.url);
      this.requestLog.unshift({ ...entry, path: url.pathname + url.search, at: Math.round(performance.now()) });
      this.changed('log');
    });
  }

  setScenario(name: ScenarioName): void {
    this.state.scenario = name;
    const allowed = locationsFor(this.scenario);
    if (!allowed.includes(this.state.location)) this.state.location = allowed[0] ?? 'ticket_sidebar';
    this.openAccount();
    this.changed('state', 'ticket', 'log', 'app');
  }

  /**
   * Switches the person the app is about. On a ticket this is the agent picking another
   * requester: the app stays and hears `ticket.requester.id.changed`. In the user sidebar
   * it is another user's tab, so the app starts again.
   */
  setRequester(id: number | null): void {
    if (id !== null && !this.account.users.has(id)) throw new Error(`No user ${id} in the account`);
    this.requesterId = id;
    const ticket = this.ticketId === null ? undefined : this.account.tickets.get(this.ticketId);
    if (ticket && id !== null) ticket.requester_id = id;
    this.changed('ticket');
    if (this.state.location === 'user_sidebar') this.changed('app');
    else this.emitToApp('ticket.requester.id.changed', id);
  }

  setRole(role: AgentRole): void {
    this.state.role = role;
    this.account.setActingUser(staffFor[role]);
    this.changed('state', 'ticket', 'app');
  }

  /**
   * The agent switches the workspace's scheme: the app keeps running and hears it as ZAF sends it
   * (the property changes, the event fires); a frame loaded later has it in its address.
   */
  setScheme(scheme: ColorScheme): void {
    if (this.state.scheme === scheme) return;
    this.state.scheme = scheme;
    this.changed('state');
    this.emitToApp(SCHEME_EVENT, scheme);
  }

  /** The agent widens or narrows the apps column; the app stays loaded, as in Zendesk. */
  setWidth(width: number): void {
    this.state.width = widthFrom(String(width));
    this.changed('state');
  }

  setLocale(locale: AgentLocale): void {
    this.state.locale = locale;
    this.changed('state', 'app');
  }

  /** Throws for a location Zendesk cannot give this scenario (see locationsFor). */
  setLocation(location: AppLocation): void {
    if (!locationsFor(this.scenario).includes(location)) {
      throw new Error(`The ${this.state.scenario} scenario has no ${location}: Zendesk shows it in ${locationsFor(this.scenario).join(' or ')}`);
    }
    this.state.location = location;
    this.changed('state', 'ticket', 'app');
  }

  setSettings(settings: Settings): void {
    this.state.settings = { ...settings };
    this.changed('state', 'app');
  }

  setLatency(ms: number): void {
    this.state.latencyMs = Math.max(0, ms);
    this.account.setLatency(this.state.latencyMs);
    this.changed('state');
  }

  setFaults(faults: readonly WorkbenchFault[]): void {
    this.resizeFault = faults.find(isResizeFault) ?? null;
    this.account.setFaults(faults.filter((fault): fault is Fault => !isResizeFault(fault)));
    this.changed('state');
  }

  /**
   * Host paths the workspace fails to read from now on (a multi-path get then names them in
   * `errors`, and a single-path get rejects, as ZAF does); an empty list reads every path again.
   */
  unreadablePaths: ReadonlySet<string> = new Set();

  setUnreadablePaths(paths: readonly string[]): void {
    this.unreadablePaths = new Set(paths);
  }

  /** Every fault in force, the workspace's first. */
  get faults(): WorkbenchFault[] {
    return [...(this.resizeFault ? [this.resizeFault] : []), ...this.account.faults];
  }

  /** The agent comes back to this ticket's tab. */
  activate(): boolean {
    return this.emitToApp('app.activated', { firstLoad: false });
  }

  /** The agent switches to another tab; the app stays loaded but hidden. */
  deactivate(): boolean {
    return this.emitToApp('app.deactivated', null);
  }

  notify(message: string, kind: string): void {
    this.notices.push({ message, kind, at: Math.round(performance.now()) });
    this.changed('notifications');
  }

  routeTo(args: Json[]): void {
    this.visits.push({ args, at: Math.round(performance.now()) });
    this.changed('routes');
  }

  editTicket(field: string, value: Json): void {
    this.ticketEdits[field] = value;
    this.changed('ticket');
  }

  requestStarted(): void {
    this.inFlight++;
    this.changed('log');
  }

  /**
   * Called once the answer to a request is on its way to the app. The page then shows what
   * Zendesk would after that request (see followAccount); the events leave after the answer,
   * as the agent workspace learns of a change only once it has been made.
   */
  requestEnded(): void {
    this.inFlight--;
    this.changed('log');
    const account = this.account;
    setTimeout(() => {
      if (account === this.account) this.followAccount();
    }, 0);
  }

  private followAccount(): void {
    // Someone merged away leaves the requester list, wherever the app sits.
    const people = this.account.users.size;
    if (people !== this.peopleShown) {
      this.peopleShown = people;
      this.changed('ticket');
    }
    if (this.state.location === 'user_sidebar') return;
    const shown = { ticketId: this.ticketId, requesterId: this.requesterId, comments: this.commentsShown };
    const { view, events } = followAccount(this.account, shown);
    if (events.length === 0) return;
    this.requesterId = view.requesterId;
    this.commentsShown = view.comments;
    this.changed('ticket');
    for (const event of events) this.emitToApp(event.name, event.data);
  }
}
