import { createHmac } from "node:crypto";
import Stripe from "stripe";
import { newId, type Cause, type State } from "./state";

/** One HTTP attempt at delivering an event to the webhook endpoint. */
export interface Delivery {
  eventId: string;
  type: string;
  attempt: number;
  /** True when sent by `deliver(eventId)` rather than when the event happened. */
  replay: boolean;
  status: number | null;
  ok: boolean;
  error?: string;
  /** Wall-clock time of the attempt (ISO). */
  at: string;
}

export interface WebhookOptions {
  url?: string;
  secret: string;
  /** Waits before each retry; its length is the number of retries (Stripe itself retries for 3 days). */
  retryDelaysMs: number[];
  timeoutMs: number;
  log?: (line: string) => void;
}

/**
 * Stripe's signature scheme: `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
 * `t` is the real wall clock, not the stand-in's advanced clock: receivers (stripe.webhooks.constructEvent)
 * compare it with their own Date.now() and reject anything more than 5 minutes off.
 */
export function signature(payload: string, secret: string, t = Math.floor(Date.now() / 1000)): string {
  const v1 = createHmac("sha256", secret).update(`${t}.${payload}`, "utf8").digest("hex");
  return `t=${t},v1=${v1}`;
}

/** Emits events and delivers them one at a time, in order, each with its retries, to one endpoint. */
export class Webhooks {
  readonly deliveries: Delivery[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Aborts in-flight deliveries on close() so shutting down never waits on a slow endpoint. */
  private readonly abort = new AbortController();
  private readonly wakers = new Set<() => void>();

  constructor(private readonly state: State, private readonly opts: WebhookOptions) {}

  emit(type: Stripe.Event.Type, object: { object: string }, cause: Cause, at = this.state.now(), previous?: Record<string, unknown>): Stripe.Event {
    const event = {
      id: newId("evt"),
      object: "event",
      api_version: Stripe.API_VERSION,
      created: at,
      // A snapshot: later changes to the object must not rewrite history.
      data: previous ? { object: structuredClone(object), previous_attributes: previous } : { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: this.opts.url ? 1 : 0,
      request: { id: cause.requestId, idempotency_key: cause.idempotencyKey },
      type,
    } as Stripe.Event;
    this.state.events.push(event);
    this.opts.log?.(`event ${event.id} ${type}`);
    void this.enqueue(event, false);
    return event;
  }

  /** Sends an event again (a replay: same id and body, fresh signature). Resolves with the last attempt. */
  deliver(eventId: string): Promise<Delivery | undefined> {
    const event = this.state.events.find((e) => e.id === eventId);
    if (!event) return Promise.reject(new Error(`stripe stand-in: no event ${eventId}`));
    return this.enqueue(event, true);
  }

  /** Resolves once every queued delivery (and its retries) is done. */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.queue;
      await seen;
    } while (seen !== this.queue);
  }

  close() {
    this.closed = true;
    this.abort.abort();
    for (const wake of this.wakers) wake();
  }

  private enqueue(event: Stripe.Event, replay: boolean): Promise<Delivery | undefined> {
    const run = this.queue.then(() => this.send(event, replay));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async send(event: Stripe.Event, replay: boolean): Promise<Delivery | undefined> {
    const url = this.opts.url;
    if (!url) return undefined;
    // Stripe posts pretty-printed JSON; receivers must verify these exact bytes.
    const payload = JSON.stringify(event, null, 2);
    let last: Delivery | undefined;
    for (let attempt = 1; attempt <= this.opts.retryDelaysMs.length + 1 && !this.closed; attempt++) {
      if (attempt > 1) await this.sleep(this.opts.retryDelaysMs[attempt - 2] ?? 0);
      if (this.closed) break;
      last = await this.attempt(url, event, payload, attempt, replay);
      this.deliveries.push(last);
      this.opts.log?.(`webhook ${event.id} ${event.type} attempt ${attempt}${replay ? " (replay)" : ""} → ${last.status ?? last.error}`);
      if (last.ok) break;
    }
    return last;
  }

  private async attempt(url: string, event: Stripe.Event, payload: string, attempt: number, replay: boolean): Promise<Delivery> {
    const base = { eventId: event.id, type: event.type, attempt, replay, at: new Date().toISOString() };
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          "stripe-signature": signature(payload, this.opts.secret),
        },
        body: payload,
        signal: AbortSignal.any([AbortSignal.timeout(this.opts.timeoutMs), this.abort.signal]),
      });
      await res.arrayBuffer().catch(() => undefined);
      return { ...base, status: res.status, ok: res.status >= 200 && res.status < 300 };
    } catch (err) {
      return { ...base, status: null, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => { clearTimeout(timer); this.wakers.delete(done); resolve(); };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }
}
