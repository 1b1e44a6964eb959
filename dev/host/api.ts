import type { Account, Fault } from '../zendesk/index.ts';
import type { AgentLocale, AgentRole, AppLocation, Settings, WorkbenchState } from './state.ts';
import type { LoggedRequest, Notification, RouteVisit, WorkbenchFault } from './workbench.ts';
import type { ColorScheme } from './workspace.ts';
import type { ScenarioName } from '../zendesk/index.ts';

export type { LoggedRequest, Notification, RouteVisit };

/**
 * What end-to-end tests and people at the console can do with the workbench
 * (`window.workbench`). Methods that change who the agent is, the language, the
 * settings, the location or the scenario reload the app, as Zendesk does.
 */
export interface WorkbenchApi {
  /** The fake account behind every request; replaced when the scenario changes. */
  readonly account: Account;
  /** A copy of the current state, as the page URL also records it. */
  state(): WorkbenchState;
  /** Switches the ticket's requester live (`ticket.requester.id.changed`); null clears it. */
  setRequester(id: number | null): void;
  /** Sends `app.activated`; false when the app does not listen to it. */
  activate(): boolean;
  /** Sends `app.deactivated`; false when the app does not listen to it. */
  deactivate(): boolean;
  /**
   * Sends a host event as the agent workspace would (`user.name.changed` when the profile page
   * beside a user sidebar changed the name, …); false when the app does not listen to it.
   */
  emit(event: string, data?: unknown): boolean;
  /** The account's faults, and `{ endpoint: 'resize', kind: 'latency', ms }`: every frame takes its height late. */
  setFaults(list: readonly (Fault | WorkbenchFault)[]): void;
  /** Host paths that fail to read from now on (`ticket.requester`, …), as a workspace error would make them. */
  setUnreadablePaths(paths: readonly string[]): void;
  setLatency(ms: number): void;
  setRole(role: AgentRole): void;
  setLocale(locale: AgentLocale): void;
  /** Switches the workspace's colour scheme live, as ZAF does (property and `colorScheme.changed`). */
  setScheme(scheme: ColorScheme): void;
  /** Sets the apps column's width in px (280–600); the app is not reloaded. */
  setWidth(width: number): void;
  /** Throws for a location Zendesk cannot give the scenario (a new-ticket sidebar on a saved ticket). */
  setLocation(location: AppLocation): void;
  setSettings(settings: Settings): void;
  /** Also moves to the scenario's own location when the current one is impossible for it. */
  setScenario(name: ScenarioName): void;
  reloadApp(): void;
  /** Resolves once the app in the iframe has finished the handshake; rejects after `timeoutMs` (15 s). */
  ready(timeoutMs?: number): Promise<void>;
  /** Requests the account answered, newest first. */
  requests(): LoggedRequest[];
  /** Requests sent to the account and not answered yet. */
  inFlight(): number;
  /** `notify` calls, oldest first. */
  notifications(): Notification[];
  /** `routeTo` calls, oldest first. */
  routes(): RouteVisit[];
  /** Events the app subscribed to, with subscriber counts. */
  subscriptions(): Record<string, number>;
  /**
   * The app frame's height as the page holds it: what the app last asked for, what the frame
   * has, and how many of its resizes the page has not applied yet (a resize fault holds them).
   */
  frameHeight(tab?: number): { asked: string | null; applied: string; pending: number } | null;
  /**
   * Opens another ticket tab in the same agent page, whose requester is `requesterId`: a second
   * app instance, as Zendesk makes one per open ticket. Resolves with the tab's number (2, 3, …)
   * once its app has finished the handshake. The main tab's app stays loaded.
   */
  openTicketTab(requesterId: number): Promise<number>;
  /** Closes every ticket tab opened with openTicketTab. */
  closeTicketTabs(): void;
}

declare global {
  interface Window {
    workbench?: WorkbenchApi;
  }
}
