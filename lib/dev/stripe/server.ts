import type http from "node:http";
import Stripe from "stripe";
import { expand, type Route } from "./api";
import { ApiError, expandList, parseForm, type Params } from "./form";
import type { Billing } from "./lifecycle";
import { handlePage } from "./pages";
import { billingRoutes } from "./routes-billing";
import { catalogRoutes } from "./routes-catalog";
import { newId, type State } from "./state";
import type { Webhooks } from "./webhooks";

const routes: Route[] = [...catalogRoutes, ...billingRoutes];
/** Params every endpoint takes (expansion and pagination). */
const COMMON = ["expand", "limit", "starting_after", "ending_before"];
const MAX_BODY = 1 << 20;

interface Result { status: number; body: object }
/** A response as sent: the body is serialized at once, so a replay shows the object as it was then. */
interface Reply { status: number; text: string; headers: Record<string, string> }
interface Saved { fingerprint: string; reply: Reply }

const errorBody = (e: ApiError) => ({
  error: { type: e.type, message: e.message, ...(e.code ? { code: e.code, doc_url: `https://stripe.com/docs/error-codes/${e.code.replaceAll("_", "-")}` } : {}), ...(e.param ? { param: e.param } : {}) },
});

/** Stripe masks keys in its "Invalid API Key" message: first 8 characters and last 4. */
const mask = (key: string) => (key.length > 12 ? `${key.slice(0, 8)}${"*".repeat(key.length - 12)}${key.slice(-4)}` : "*".repeat(key.length));

function apiKeyOf(req: http.IncomingMessage): string | null {
  const h = req.headers.authorization ?? "";
  if (/^bearer /i.test(h)) return h.slice(7).trim();
  // curl -u sk_test_…: — Basic auth with the key as the user name.
  if (/^basic /i.test(h)) return Buffer.from(h.slice(6).trim(), "base64").toString("utf8").split(":")[0] ?? null;
  return null;
}

export interface ServerDeps { state: State; billing: Billing; hooks: Webhooks; secretKey: string; log?: (line: string) => void }

/** The request handler: Stripe's v1 API under /v1, the hosted pages elsewhere. */
export function createHandler(deps: ServerDeps) {
  const { state, billing, log } = deps;
  const idempotent = new Map<string, Saved>();

  const reply = (status: number, body: object, headers: Record<string, string> = {}): Reply => ({ status, text: JSON.stringify(body, null, 2), headers });

  function api(req: http.IncomingMessage, method: string, path: string, query: string, body: string): Reply {
    const key = apiKeyOf(req);
    if (!key) {
      return reply(401, errorBody(new ApiError(401, "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.")));
    }
    if (key !== deps.secretKey) return reply(401, errorBody(new ApiError(401, `Invalid API Key provided: ${mask(key)}`)));
    const idemKey = method === "POST" ? (req.headers["idempotency-key"] as string | undefined) ?? null : null;
    const p: Params = { ...parseForm(query), ...(method === "POST" ? parseForm(body) : {}) };
    const fingerprint = JSON.stringify([method, path, p]);
    const saved = idemKey ? idempotent.get(idemKey) : undefined;
    if (saved && saved.fingerprint !== fingerprint) {
      return reply(400, errorBody(new ApiError(400, `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idemKey}' if you meant to execute a different request.`, undefined, undefined, "idempotency_error")));
    }
    if (saved) return { ...saved.reply, headers: { ...saved.reply.headers, "idempotent-replayed": "true" } };
    const requestId = newId("req").slice(0, 18);
    const result = run(method, path, p, { requestId, idempotencyKey: idemKey });
    const sent = reply(result.status, result.body, { "request-id": requestId });
    // Like Stripe, only a request that ran to a result is replayed; a failed one may be retried.
    if (idemKey && sent.status < 300) idempotent.set(idemKey, { fingerprint, reply: sent });
    return sent;
  }

  function run(method: string, path: string, p: Params, cause: { requestId: string; idempotencyKey: string | null }): Result {
    try {
      billing.tick();
      let route: Route | undefined;
      let match: RegExpExecArray | null = null;
      for (const r of routes) {
        match = r.method === method ? r.pattern.exec(path) : null;
        if (match) { route = r; break; }
      }
      if (!route || !match) {
        throw new ApiError(404, `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`);
      }
      const ignored = Object.keys(p).filter((k) => !route.accepts.includes(k) && !COMMON.includes(k));
      if (ignored.length) log?.(`stripe stand-in ignored ${ignored.join(", ")} on ${method} ${path}`);
      const id = decodeURIComponent(match[1] ?? "");
      const result = route.handle({ p, id, cause, state, billing, hooks: deps.hooks });
      return { status: 200, body: expand(state, result, expandList(p)) };
    } catch (err) {
      if (err instanceof ApiError) return { status: err.status, body: errorBody(err) };
      log?.(`stripe stand-in error on ${method} ${path}: ${err instanceof Error ? err.stack : String(err)}`);
      return { status: 500, body: errorBody(new ApiError(500, "An unknown error occurred", undefined, undefined, "api_error")) };
    }
  }

  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on("end", () => {
      const method = (req.method ?? "GET").toUpperCase();
      const [path = "/", query = ""] = (req.url ?? "/").split("?", 2);
      const body = Buffer.concat(chunks).toString("utf8");
      if (path.startsWith("/v1/")) {
        const sent = api(req, method, path, query, body);
        const version = (req.headers["stripe-version"] as string | undefined) ?? Stripe.API_VERSION;
        const idem = req.headers["idempotency-key"] as string | undefined;
        res.writeHead(sent.status, { "content-type": "application/json", "stripe-version": version, ...(idem ? { "idempotency-key": idem } : {}), ...sent.headers });
        res.end(sent.text);
        log?.(`stripe ${method} ${path} → ${sent.status}`);
        return;
      }
      let page;
      try {
        page = handlePage(state, billing, method, path, body);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        page = { status: err instanceof ApiError ? err.status : 500, headers: { "content-type": "text/plain; charset=utf-8" }, body: message };
      }
      page ??= { status: 404, headers: { "content-type": "text/plain; charset=utf-8" }, body: "Not found" };
      res.writeHead(page.status, page.headers);
      res.end(page.body);
      log?.(`stripe page ${method} ${path} → ${page.status}`);
    });
  };
}
