/** What the app knows about where it runs; every field comes from the host and is checked. */
export type Location = 'ticket_sidebar' | 'new_ticket_sidebar' | 'user_sidebar';

export interface HostContext {
  location: Location | 'unknown';
  ticketId: number | null;
  subdomain: string | null;
}

export type AppSettings = Readonly<Record<string, string | boolean | number | null>>;

export interface HostRequest {
  url: string;
  type: 'GET' | 'POST' | 'PUT' | 'DELETE';
  data?: string;
  contentType?: string;
  timeoutMs: number;
}

/** The host's answer to a request, with status and headers (ZAF `httpCompleteResponse`). */
export interface HostResponse {
  status: number;
  headers: Readonly<Record<string, string>>;
  /** The raw body; `null` when the host gave none. */
  body: string | null;
  /** A body the host already parsed (ZAF's responseJSON), used when no text came. */
  json: unknown;
}

/** Events the app listens to, with the data each carries. */
export interface HostEvents {
  'ticket.requester.id.changed': unknown;
  'user.id.changed': unknown;
  'app.activated': unknown;
  'app.deactivated': unknown;
  // User sidebar events (ZAF Support API, "User sidebar" → Events): the profile page changed the user.
  'user.name.changed': unknown;
  'user.email.changed': unknown;
  'user.avatarUrl.changed': unknown;
  'user.role.changed': unknown;
  'user.organizations.changed': unknown;
  'user.externalId.changed': unknown;
  // ZAF, "Dark mode": the scheme changed; the guide says `colorScheme`, Zendesk's apps use `colorScheme.changed`.
  'colorScheme.changed': unknown;
  colorScheme: unknown;
}

/** One path of a multi-path `get`: its value, or that the host could not read it. */
export type HostAnswer = { ok: true; value: unknown } | { ok: false };

export interface HostClient {
  readonly context: HostContext;
  readonly settings: AppSettings;
  get(path: string): Promise<unknown>;
  /**
   * Several paths in one round trip: each path's answer in order. ZAF resolves such a `get` even
   * when a path fails and names it in `errors` (zendesk_app_framework_sdk, client.js
   * `processResponse`: only a single path throws): that path is `{ ok: false }`, never a value.
   */
  getEach(paths: readonly string[]): Promise<HostAnswer[]>;
  set(path: string, value: unknown): Promise<void>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  on<K extends keyof HostEvents>(event: K, handler: (data: HostEvents[K]) => void): () => void;
  /** Resolves with every answer the host relays, whatever its status; rejects only when none came. */
  request(options: HostRequest): Promise<HostResponse>;
}
