import { commentJson, identityJson, ticketJson, userJson, type IdentityJson, type UserJson } from '../json/serialize.ts';
import { SlidingWindow } from '../rules/rate-limit.ts';
import type {
  CustomRoleRecord,
  Fault,
  IdentityRecord,
  OrganizationRecord,
  RelatedCounts,
  RequestListener,
  RequestLogEntry,
  ScenarioInfo,
  TicketRecord,
  UserRecord,
  VerificationEmail,
} from '../types.ts';

export const defaultOrigin = 'https://example.zendesk.com';

/** "Update User": 5 requests per minute for each user profile. */
export const userUpdateLimit = { limit: 5, windowMs: 60_000 } as const;

type IdKind = 'user' | 'identity' | 'ticket' | 'comment' | 'audit';

/**
 * The in-memory state of one Zendesk account. Routes read and change it; the workbench
 * inspects it and steers it (acting user, faults, latency) through the small methods below.
 */
export class Account {
  readonly users = new Map<number, UserRecord>();
  readonly identities = new Map<number, IdentityRecord>();
  readonly organizations = new Map<number, OrganizationRecord>();
  readonly customRoles = new Map<number, CustomRoleRecord>();
  readonly related = new Map<number, RelatedCounts>();
  readonly tickets = new Map<number, TicketRecord>();
  /** Users whose sessions were all ended (Sessions API, "Bulk Delete Sessions"), oldest first. */
  readonly signOuts: { userId: number; at: string }[] = [];
  /** Verification emails Zendesk would have sent, newest last. */
  readonly verificationEmails: VerificationEmail[] = [];
  readonly now: () => number;
  readonly scenario: ScenarioInfo;
  readonly updateLimiter: SlidingWindow;
  actingUserId: number;
  latencyMs = 0;
  private activeFaults: Fault[] = [];
  private readonly listeners = new Set<RequestListener>();
  private readonly nextIds: Record<IdKind, number> = {
    user: 900_001,
    identity: 10_001,
    ticket: 9_001,
    comment: 700_001,
    audit: 800_001,
  };

  constructor(options: { now: () => number; scenario: ScenarioInfo; actingUserId: number }) {
    this.now = options.now;
    this.scenario = options.scenario;
    this.actingUserId = options.actingUserId;
    this.updateLimiter = new SlidingWindow(userUpdateLimit.limit, userUpdateLimit.windowMs, options.now);
  }

  get actingUser(): UserRecord {
    const user = this.users.get(this.actingUserId);
    if (!user) throw new Error(`The acting user ${this.actingUserId} is not in the account`);
    return user;
  }

  setActingUser(id: number): void {
    if (!this.users.has(id)) throw new Error(`No user ${id} in the account`);
    this.actingUserId = id;
  }

  getUser(id: number, origin = defaultOrigin): UserJson | null {
    const user = this.users.get(id);
    return user ? userJson(this, user, origin) : null;
  }

  getIdentities(userId: number, origin = defaultOrigin): IdentityJson[] {
    return this.identitiesOf(userId).map((identity) => identityJson(identity, origin));
  }

  getRelated(userId: number): RelatedCounts | null {
    const counts = this.related.get(userId);
    return this.users.has(userId) && counts ? { ...counts } : null;
  }

  getTicket(id: number, origin = defaultOrigin): ReturnType<typeof ticketJson> | null {
    const ticket = this.tickets.get(id);
    return ticket ? ticketJson(ticket, origin) : null;
  }

  getComments(ticketId: number): Array<ReturnType<typeof commentJson>> {
    return (this.tickets.get(ticketId)?.comments ?? []).map(commentJson);
  }

  get faults(): readonly Fault[] {
    return this.activeFaults;
  }

  setFaults(faults: readonly Fault[]): void {
    this.activeFaults = [...faults];
  }

  /** A fixed delay before every answer, as a slow network would add. */
  setLatency(ms: number): void {
    this.latencyMs = Math.max(0, ms);
  }

  /** Returns a function that stops listening. */
  onRequest(listener: RequestListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emitRequest(entry: RequestLogEntry): void {
    for (const listener of this.listeners) listener(entry);
  }

  /** Removes a spent one-time fault. */
  spendFault(fault: Fault): void {
    this.activeFaults = this.activeFaults.filter((f) => f !== fault);
  }

  /** The user's identities, oldest first: the order the list endpoint pages through. */
  identitiesOf(userId: number): IdentityRecord[] {
    const list: IdentityRecord[] = [];
    for (const identity of this.identities.values()) if (identity.user_id === userId) list.push(identity);
    return list.sort((a, b) => a.id - b.id);
  }

  relatedOf(userId: number): RelatedCounts {
    let counts = this.related.get(userId);
    if (!counts) {
      counts = { assigned_tickets: 0, requested_tickets: 0, ccd_tickets: 0, organization_subscriptions: 0 };
      this.related.set(userId, counts);
    }
    return counts;
  }

  nextId(kind: IdKind): number {
    const id = this.nextIds[kind];
    this.nextIds[kind] = id + 1;
    return id;
  }

  /** Zendesk's timestamp format: ISO 8601 in UTC, whole seconds. */
  timestamp(): string {
    return new Date(this.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  deleteUser(id: number): void {
    this.users.delete(id);
    this.related.delete(id);
    for (const identity of this.identitiesOf(id)) this.identities.delete(identity.id);
  }
}
