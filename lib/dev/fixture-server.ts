import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { ProbeSpec, ServiceEntry } from "../catalog/types";
import { HTML_SHELL, misbehave, send, toBuffer } from "./fixture-faults";
import { oktaRefuses } from "./fixture-formats-okta";
import { buildRoutes, render } from "./fixture-routes";
import { applyStep, defaultComponents, newFixtureService, scenarioSchema, scenarioStep, type FixtureService, type Scenario, type ScenarioStep } from "./fixture-state";

/**
 * The fixture "internet": one local HTTP server standing in for every upstream status page.
 * Requests arrive as /<original host>/<original path> (see lib/monitor/upstream-url.ts) and are
 * answered in the upstream's real wire format (fixture-routes.ts picks the renderer). A scenario
 * changes the state over time; tests can also drive it through POST /__fixture/step and /__fixture/scenario.
 */
export interface FixtureServer {
  url: string;
  /** Applies a step now, whatever its `at`. */
  apply(step: unknown): void;
  /** Restarts the clock and plays a scenario's steps at their `at` offsets. */
  play(scenario: unknown): void;
  service(slug: string): FixtureService | undefined;
  requests: { method: string; path: string; at: number }[];
  close(): Promise<void>;
}

export interface FixtureOptions {
  entries: readonly ServiceEntry[];
  port?: number;
  host?: string;
  scenario?: Scenario;
  now?: () => Date;
  log?: (line: string) => void;
  /** Artificial latency per request, in ms (the benchmark uses 50–300). */
  latencyMs?: () => number;
  /** Send ETags and honour If-None-Match (default true). */
  etags?: boolean;
}

export async function startFixtureServer(opts: FixtureOptions): Promise<FixtureServer> {
  const now = opts.now ?? (() => new Date());
  const bySlug = new Map<string, FixtureService>();
  for (const e of opts.entries) {
    const components = defaultComponents(e.slug, e.source.format, e.keyComponents);
    bySlug.set(e.slug, newFixtureService(e.slug, e.name, new URL(e.source.url).host, now(), components));
  }
  const routes = buildRoutes(opts.entries, bySlug);
  // Our probes' endpoints (api.workos.com/organizations …) answer as the scenario says.
  const probeRoutes = new Map<string, { svc: FixtureService; probe: ProbeSpec }>();
  for (const e of opts.entries) {
    for (const probe of e.probes ?? []) {
      const u = new URL(probe.url);
      probeRoutes.set(`/${u.host}${u.pathname}`, { svc: bySlug.get(e.slug)!, probe });
    }
  }
  const timers = new Set<NodeJS.Timeout>();
  const requests: FixtureServer["requests"] = [];

  const apply = (raw: unknown) => {
    const step = scenarioStep.parse(raw);
    const svc = bySlug.get(step.service);
    if (!svc) throw new Error(`fixture: unknown service ${step.service}`);
    applyStep(svc, step, now());
    opts.log?.(`t+${step.at}s ${step.service}: ${describeStep(step)}`);
  };
  const play = (raw: unknown) => {
    const scenario = scenarioSchema.parse(raw);
    for (const t of timers) clearTimeout(t);
    timers.clear();
    opts.log?.(`playing scenario "${scenario.name}"`);
    for (const step of scenario.steps) {
      const t = setTimeout(() => { timers.delete(t); apply(step); }, step.at * 1000);
      timers.add(t);
    }
  };

  const server = http.createServer((req, res) => {
    const delay = opts.latencyMs?.() ?? 0;
    if (delay > 0) setTimeout(() => handle(req, res), delay);
    else handle(req, res);
  });
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://fixture").pathname;
    requests.push({ method: req.method ?? "GET", path, at: Date.now() });
    if (requests.length > 10_000) requests.splice(0, 5_000);
    if (path.startsWith("/__fixture/")) return control(req, res, path, apply, play);
    const probeRoute = probeRoutes.get(path);
    if (probeRoute) return answerProbe(res, probeRoute.svc, probeRoute.probe);
    const found = routes.find(path);
    const payload = found && render(found.route, found.path, now());
    if (!found || !payload) return send(res, 404, "text/html", "<!doctype html><title>Not found</title>");
    const svcs = found.route.members.map((m) => m.svc);
    // status.okta.com turns away bots; the catalog sends a browser User-Agent for it.
    if (found.route.format === "okta" && oktaRefuses(req)) return send(res, 403, "text/html", HTML_SHELL);
    // One host behind several services: any of them breaking the host breaks it for all.
    const httpStatus = svcs.find((s) => s.httpStatus)?.httpStatus;
    if (httpStatus) return send(res, httpStatus, "text/html", `<!doctype html><title>${httpStatus}</title>`);
    const fault = svcs.find((s) => s.fault)?.fault;
    if (fault) return misbehave(res, fault, payload, path);
    const body = toBuffer(payload.encode(payload.data));
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    if (opts.etags !== false && req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag });
      return res.end();
    }
    send(res, 200, payload.contentType, body, opts.etags === false ? {} : { etag });
  };
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  if (opts.scenario) play(opts.scenario);
  return {
    url: `http://127.0.0.1:${port}`,
    apply,
    play,
    service: (slug) => bySlug.get(slug),
    requests,
    close: () => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

function describeStep(step: ScenarioStep) {
  const parts = Object.entries(step.components ?? {}).map(([c, s]) => `${c} → ${s}`);
  if (step.incident) parts.push(`incident ${step.incident.id} ${step.incident.status}`);
  if (step.httpStatus !== undefined) parts.push(`answers HTTP ${step.httpStatus ?? "normally"}`);
  if (step.fault !== undefined) parts.push(step.fault ? `misbehaves: ${step.fault}` : "behaves again");
  for (const [id, mode] of Object.entries(step.probes ?? {})) parts.push(`probe ${id} ${mode}`);
  return parts.join(", ");
}

function answerProbe(res: http.ServerResponse, svc: FixtureService, probe: ProbeSpec) {
  const mode = svc.probes.get(probe.id) ?? "up";
  if (mode === "timeout") return; // never answers; the prober's timeout fires
  const status = mode === "down" ? 503 : probe.expectStatus[0] ?? 200;
  const reply = () => send(res, status, "application/json", JSON.stringify(status === 401 ? { message: "Unauthorized" } : { ok: status < 400 }));
  if (mode === "slow") setTimeout(reply, probe.latencyThresholdMs + 200);
  else reply();
}

function control(req: http.IncomingMessage, res: http.ServerResponse, path: string, apply: (s: unknown) => void, play: (s: unknown) => void) {
  if (req.method !== "POST") return send(res, 405, "text/plain", "POST only");
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
      if (path === "/__fixture/step") apply(body);
      else if (path === "/__fixture/scenario") play(body);
      else return send(res, 404, "text/plain", "unknown control route");
      send(res, 204, "text/plain", "");
    } catch (err) {
      send(res, 400, "text/plain", (err as Error).message);
    }
  });
}
