import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Faults, RateLimiter, type FaultKind } from "./faults";
import { ResendApi, type ResendStandinStats, type SentEmail } from "./server";
import { buildEvent, deliverWebhook, type WebhookDelivery, type WebhookInput } from "./webhooks";

export type { FaultKind } from "./faults";
export type { ResendStandinStats, SentEmail } from "./server";
export type { ResendEmailEvent, ResendEmailEventType, WebhookDelivery, WebhookInput } from "./webhooks";
export { checkSvixSignature, signSvix, verifySvixSignature, SVIX_TOLERANCE_SECONDS } from "../../email/svix";

/**
 * A local stand-in for Resend, for tests, benchmarks and the offline demo: POST /emails and
 * POST /emails/batch in Resend's wire format (Bearer auth, validation, Resend's error JSON,
 * Idempotency-Key, rate-limit headers), faults on demand, and Svix-signed webhooks out.
 * Point the real SDK at it: new Resend(standin.apiKey, { baseUrl: standin.url }), or set
 * RESEND_BASE_URL=standin.url for code that constructs the client itself.
 */
export interface ResendStandinOptions {
  /** Port on 127.0.0.1 (default 0: any free port). */
  port?: number;
  /** The one API key accepted (default: a fresh re_…). */
  apiKey?: string;
  /** Requests per second before 429s (token bucket, bursts up to the same number). Default: no limit. */
  rateLimitPerSecond?: number;
  /** Clock for receivedAt, webhook timestamps and idempotency-key expiry (default: real time). */
  now?: () => Date;
  log?: (line: string) => void;
}

export interface ResendStandin {
  /** http://127.0.0.1:<port>, no trailing slash: the SDK's baseUrl. */
  url: string;
  port: number;
  apiKey: string;
  /** Every accepted email, oldest first (a batch adds one per email; an idempotent replay adds none). */
  sent: SentEmail[];
  /**
   * The next n API requests (POST /emails or /emails/batch, before auth) fail as `kind`.
   * retryAfterSeconds is the retry-after of an injected 429 (default 1).
   */
  failNext(n: number, kind: FaultKind, opts?: { retryAfterSeconds?: number }): void;
  /** While down, every request gets 503 with a plain-text body, as from a load balancer. */
  setDown(down: boolean): void;
  stats(): ResendStandinStats;
  /** POSTs a Resend webhook event to url, Svix-signed with secret ("whsec_<base64>"). */
  webhook(url: string, secret: string, event: WebhookInput): Promise<WebhookDelivery>;
  /** Forgets sent emails, stats, idempotency keys and pending faults; brings it back up; refills the limiter. */
  reset(): void;
  /** Stops listening and drops every open connection (requests left hanging by "timeout" included). */
  close(): Promise<void>;
}

export async function startResendStandin(opts: ResendStandinOptions = {}): Promise<ResendStandin> {
  const apiKey = opts.apiKey ?? `re_standin_${randomBytes(12).toString("hex")}`;
  if (!apiKey.startsWith("re_")) throw new Error("resend stand-in: API keys start with re_");
  const now = opts.now ?? (() => new Date());
  const faults = new Faults();
  const limiter = opts.rateLimitPerSecond === undefined ? undefined : new RateLimiter(opts.rateLimitPerSecond);
  const sent: SentEmail[] = [];
  const api = new ResendApi({ apiKey, now, faults, limiter, sent, log: opts.log });

  const server = http.createServer(api.handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  opts.log?.(`resend stand-in on ${url}${limiter ? ` (${limiter.perSecond} requests/s)` : ""}`);

  return {
    url,
    port,
    apiKey,
    sent,
    failNext: (n, kind, o) => faults.add(n, kind, o?.retryAfterSeconds),
    setDown(down) {
      faults.down = down;
    },
    stats: () => api.stats(),
    webhook(target, secret, input) {
      const email = sent.find((e) => e.id === input.data.email_id);
      return deliverWebhook(target, secret, buildEvent(input, email, now()), now());
    },
    reset() {
      sent.length = 0;
      faults.clear();
      limiter?.reset();
      api.reset();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
