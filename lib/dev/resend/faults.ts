/**
 * What makes the stand-in refuse requests: injected faults (failNext, setDown) and a real rate limiter.
 */

/**
 * An injected failure for one API request:
 * - "500": 500 internal_server_error, nothing sent;
 * - "429": 429 rate_limit_exceeded with retry-after, nothing sent;
 * - "timeout": the request is read and never answered, nothing sent;
 * - "timeout-after-send": the email IS sent (recorded, and its Idempotency-Key saved) but the answer
 *   never comes — the case idempotency keys exist for: a retry with the same key gets the same id.
 */
export type FaultKind = "500" | "429" | "timeout" | "timeout-after-send";

export interface Fault { kind: FaultKind; retryAfterSeconds: number }

export class Faults {
  private queue: Fault[] = [];
  down = false;

  add(n: number, kind: FaultKind, retryAfterSeconds = 1): void {
    if (!Number.isInteger(n) || n < 0) throw new Error(`resend stand-in: failNext needs a whole number, got ${n}`);
    for (let i = 0; i < n; i += 1) this.queue.push({ kind, retryAfterSeconds });
  }

  /** The fault for the next API request, if one is queued. */
  take(): Fault | undefined {
    return this.queue.shift();
  }

  get pending(): number {
    return this.queue.length;
  }

  clear(): void {
    this.queue = [];
    this.down = false;
  }
}

export interface RateDecision { ok: boolean; headers: Record<string, string> }

/**
 * A token bucket: `perSecond` requests per second sustained, bursts of up to `perSecond`. It runs on
 * the real monotonic clock (not the stand-in's `now`), so a frozen test clock cannot stall it.
 * Every answer carries Resend's IETF-draft headers; a refusal adds retry-after (whole seconds).
 */
export class RateLimiter {
  private tokens: number;
  private last: number;
  private readonly capacity: number;

  constructor(readonly perSecond: number, private readonly clock: () => number = () => performance.now()) {
    if (!(perSecond > 0) || !Number.isFinite(perSecond)) throw new Error(`resend stand-in: rateLimitPerSecond must be a positive number, got ${perSecond}`);
    this.capacity = Math.max(1, perSecond);
    this.tokens = this.capacity;
    this.last = clock();
  }

  private refill(): void {
    const t = this.clock();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
  }

  private headers(): Record<string, string> {
    return {
      "ratelimit-limit": String(this.perSecond),
      "ratelimit-remaining": String(Math.max(0, Math.floor(this.tokens))),
      "ratelimit-reset": String(Math.max(1, Math.ceil((this.capacity - this.tokens) / this.perSecond))),
    };
  }

  take(): RateDecision {
    this.refill();
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true, headers: this.headers() };
    }
    const wait = Math.max(1, Math.ceil((1 - this.tokens) / this.perSecond));
    return { ok: false, headers: { ...this.headers(), "retry-after": String(wait) } };
  }

  /** Current headers without spending a request (for answers that skipped the limiter). */
  peek(): Record<string, string> {
    this.refill();
    return this.headers();
  }

  reset(): void {
    this.tokens = this.capacity;
    this.last = this.clock();
  }
}
