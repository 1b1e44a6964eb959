export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until a request would be admitted again (0 when one is admitted now). */
  retryAfterSeconds: number;
  /** Seconds until the whole allowance is back. */
  resetsSeconds: number;
}

/**
 * A per-key allowance of `limit` requests in any `windowMs`. A sliding log, so a client
 * that waits the announced Retry-After is always admitted, whatever its timing.
 */
export class SlidingWindow {
  private readonly log = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  take(key: string): RateDecision {
    const now = this.now();
    const recent = (this.log.get(key) ?? []).filter((at) => at > now - this.windowMs);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(now);
    this.log.set(key, recent);
    const oldest = recent[0] ?? now;
    const newest = recent[recent.length - 1] ?? now;
    return {
      allowed,
      limit: this.limit,
      remaining: Math.max(0, this.limit - recent.length),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)),
      resetsSeconds: Math.max(0, Math.ceil((newest + this.windowMs - now) / 1000)),
    };
  }
}
