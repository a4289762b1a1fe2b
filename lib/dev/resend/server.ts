import { createHash, randomUUID } from "node:crypto";
import type http from "node:http";
import { apiErrors, ResendApiError } from "./errors";
import type { Faults, RateLimiter } from "./faults";
import { validateBatch, validateEmail, type ValidEmail } from "./validate";

/** An email the stand-in accepted (one per recipient list, as Resend counts them). */
export interface SentEmail extends ValidEmail {
  id: string;
  idempotencyKey?: string;
  receivedAt: Date;
}

/** Requests seen, keyed by path then status ("200", "429", … or "timeout" for a request left unanswered). */
export interface ResendStandinStats {
  requests: number;
  byPath: Record<string, Record<string, number>>;
  byStatus: Record<string, number>;
}

export interface ApiDeps { apiKey: string; now: () => Date; faults: Faults; limiter?: RateLimiter; sent: SentEmail[]; log?: (line: string) => void }

interface Reply { status: number; body: string; headers: Record<string, string> }
interface Saved { fingerprint: string; reply: Reply; at: number }

const HANG = "hang" as const;
const ROUTES: Record<string, "single" | "batch"> = { "/emails": "single", "/emails/batch": "batch" };
/** Resend's cap on a request, attachments included. */
const MAX_BODY = 40 * 1024 * 1024;
/** Resend keeps idempotency keys for 24 hours. */
const KEY_TTL_MS = 24 * 3600 * 1000;

const json = (status: number, body: object, headers: Record<string, string> = {}): Reply =>
  ({ status, body: JSON.stringify(body), headers: { "content-type": "application/json; charset=utf-8", ...headers } });
const fail = (e: ResendApiError): Reply => json(e.statusCode, e.body(), e.headers);

/** Resend's POST /emails and POST /emails/batch, with auth, rate limiting, faults and idempotency. */
export class ResendApi {
  private idempotent = new Map<string, Saved>();
  private counts: ResendStandinStats = { requests: 0, byPath: {}, byStatus: {} };

  constructor(private readonly deps: ApiDeps) {}

  readonly handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on("error", () => undefined);
    req.on("end", () => {
      const method = (req.method ?? "GET").toUpperCase();
      const path = ((req.url ?? "/").split("?", 1)[0] ?? "/").replace(/\/+$/, "") || "/";
      let reply: Reply | typeof HANG;
      try {
        reply = size > MAX_BODY ? fail(apiErrors.validation("The request body is too large.")) : this.route(req, method, path, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
      } catch (err) {
        this.deps.log?.(`resend stand-in error on ${method} ${path}: ${err instanceof Error ? err.stack : String(err)}`);
        reply = fail(apiErrors.internal());
      }
      const status = reply === HANG ? "timeout" : String(reply.status);
      this.count(path, status);
      this.deps.log?.(`resend ${method} ${path} → ${status}`);
      if (reply === HANG) return; // left open until the client gives up or close() drops the connection
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body);
    });
  };

  stats(): ResendStandinStats {
    return structuredClone(this.counts);
  }

  reset(): void {
    this.idempotent.clear();
    this.counts = { requests: 0, byPath: {}, byStatus: {} };
  }

  private count(path: string, status: string): void {
    const c = this.counts;
    c.requests += 1;
    c.byStatus[status] = (c.byStatus[status] ?? 0) + 1;
    const byPath = (c.byPath[path] ??= {});
    byPath[status] = (byPath[status] ?? 0) + 1;
  }

  private route(req: http.IncomingMessage, method: string, path: string, raw: Buffer): Reply | typeof HANG {
    const { faults, limiter } = this.deps;
    if (faults.down) return { status: 503, body: "503 Service Temporarily Unavailable", headers: { "content-type": "text/plain; charset=utf-8" } };
    const route = ROUTES[path];
    if (!route) return fail(apiErrors.notFound());
    if (method !== "POST") return fail(apiErrors.methodNotAllowed());
    const fault = faults.take();
    if (fault?.kind === "500") return fail(apiErrors.internal());
    if (fault?.kind === "429") {
      const s = String(fault.retryAfterSeconds);
      const limit = limiter?.perSecond ?? 2;
      return fail(apiErrors.rateLimited(limit, { "retry-after": s, "ratelimit-limit": String(limit), "ratelimit-remaining": "0", "ratelimit-reset": s }));
    }
    if (fault?.kind === "timeout") return HANG;
    const reply = this.authorized(req, route, path, raw);
    return fault?.kind === "timeout-after-send" ? HANG : reply;
  }

  private authorized(req: http.IncomingMessage, route: "single" | "batch", path: string, raw: Buffer): Reply {
    const auth = req.headers.authorization ?? "";
    const key = /^bearer\s+/i.test(auth) ? auth.replace(/^bearer\s+/i, "").trim() : "";
    if (!key) return fail(apiErrors.missingApiKey());
    if (key !== this.deps.apiKey) return fail(apiErrors.invalidApiKey());
    const limit = this.deps.limiter?.take();
    if (limit && !limit.ok) return fail(apiErrors.rateLimited(this.deps.limiter!.perSecond, limit.headers));
    const reply = this.idempotently(req, route, path, raw);
    return limit ? { ...reply, headers: { ...reply.headers, ...limit.headers } } : reply;
  }

  private idempotently(req: http.IncomingMessage, route: "single" | "batch", path: string, raw: Buffer): Reply {
    const header = req.headers["idempotency-key"];
    const key = Array.isArray(header) ? header[0] : header;
    if (key === undefined) return this.send(req, route, raw);
    if (key.length < 1 || key.length > 256) return fail(apiErrors.invalidIdempotencyKey());
    const nowMs = this.deps.now().getTime();
    const fingerprint = createHash("sha256").update(path).update("\0").update(raw).digest("base64");
    const saved = this.idempotent.get(key);
    if (saved && nowMs - saved.at < KEY_TTL_MS) return saved.fingerprint === fingerprint ? saved.reply : fail(apiErrors.invalidIdempotentRequest());
    const reply = this.send(req, route, raw, key);
    // Only a request that went through is remembered; a rejected one may be retried with the same key.
    if (reply.status === 200) this.idempotent.set(key, { fingerprint, reply, at: nowMs });
    return reply;
  }

  private send(req: http.IncomingMessage, route: "single" | "batch", raw: Buffer, idempotencyKey?: string): Reply {
    let body: unknown;
    try {
      body = JSON.parse(raw.toString("utf8"));
    } catch {
      return fail(apiErrors.invalidJson());
    }
    try {
      if (route === "single") return json(200, { id: this.record(validateEmail(body), idempotencyKey) });
      const permissive = String(req.headers["x-batch-validation"] ?? "strict").toLowerCase() === "permissive";
      const checked = validateBatch(body, permissive);
      const data = checked.emails.map(({ email }) => ({ id: this.record(email, idempotencyKey) }));
      return json(200, permissive ? { data, errors: checked.errors } : { data });
    } catch (err) {
      if (err instanceof ResendApiError) return fail(err);
      throw err;
    }
  }

  private record(email: ValidEmail, idempotencyKey?: string): string {
    const id = randomUUID();
    this.deps.sent.push({ id, ...email, ...(idempotencyKey !== undefined ? { idempotencyKey } : {}), receivedAt: this.deps.now() });
    return id;
  }
}
