import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { ProbeSpec, ServiceEntry } from "../catalog/types";
import { applyStep, newFixtureService, scenarioSchema, scenarioStep, type FixtureFault, type FixtureService, type Scenario, type ScenarioStep } from "./fixture-state";
import { statuspageIncidents, statuspageStatus, statuspageSummary } from "./fixture-formats";

/**
 * The fixture "internet": one local HTTP server standing in for every upstream status page.
 * Requests arrive as /<original host>/<original path> (see lib/monitor/upstream-url.ts) and are
 * answered in the upstream's real wire format. A scenario changes the state over time; tests can
 * also drive it through POST /__fixture/step and /__fixture/scenario.
 */
export interface FixtureServer {
  url: string;
  /** Applies a step now, whatever its `at`. */
  apply(step: unknown): void;
  /** Restarts the clock and plays a scenario's steps at their `at` offsets. */
  play(scenario: unknown): void;
  service(slug: string): FixtureService | undefined;
  requests: { method: string; path: string }[];
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
  const byHost = new Map<string, FixtureService>();
  const bySlug = new Map<string, FixtureService>();
  for (const e of opts.entries) {
    const host = new URL(e.source.url).host;
    const svc = newFixtureService(e.slug, e.name, host, now());
    bySlug.set(e.slug, svc);
    if (e.source.format === "statuspage") byHost.set(host, svc);
  }
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
    requests.push({ method: req.method ?? "GET", path });
    if (requests.length > 10_000) requests.splice(0, 5_000);
    if (path.startsWith("/__fixture/")) return control(req, res, path, apply, play);
    const probeRoute = probeRoutes.get(path);
    if (probeRoute) return answerProbe(res, probeRoute.svc, probeRoute.probe);
    const [, host = "", ...rest] = path.split("/");
    const svc = byHost.get(host);
    const route = "/" + rest.join("/");
    const body = svc && route.startsWith("/api/v2/") ? renderStatuspage(svc, route) : undefined;
    if (!svc || body === undefined) return send(res, 404, "text/html", "<!doctype html><title>Not found</title>");
    if (svc.httpStatus) return send(res, svc.httpStatus, "text/html", `<!doctype html><title>${svc.httpStatus}</title>`);
    if (svc.fault) return misbehave(res, svc.fault, JSON.stringify(body), path);
    const json = JSON.stringify(body);
    const etag = `"${createHash("sha1").update(json).digest("base64url")}"`;
    if (opts.etags !== false && req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag });
      return res.end();
    }
    send(res, 200, "application/json; charset=utf-8", json, opts.etags === false ? {} : { etag });
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

function renderStatuspage(svc: FixtureService, route: string): unknown {
  if (route === "/api/v2/summary.json") return statuspageSummary(svc);
  if (route === "/api/v2/incidents.json") return statuspageIncidents(svc);
  if (route === "/api/v2/status.json") return statuspageStatus(svc);
  return undefined;
}

function describeStep(step: ScenarioStep) {
  const parts = Object.entries(step.components ?? {}).map(([c, s]) => `${c} → ${s}`);
  if (step.incident) parts.push(`incident ${step.incident.id} ${step.incident.status}`);
  if (step.httpStatus !== undefined) parts.push(`answers HTTP ${step.httpStatus ?? "normally"}`);
  if (step.fault !== undefined) parts.push(step.fault ? `misbehaves: ${step.fault}` : "behaves again");
  for (const [id, mode] of Object.entries(step.probes ?? {})) parts.push(`probe ${id} ${mode}`);
  return parts.join(", ");
}

/** The ways real upstreams break, each answered on the wire as they do it. */
function misbehave(res: http.ServerResponse, fault: FixtureFault, json: string, path: string) {
  switch (fault) {
    case "invalid_json": return send(res, 200, "application/json", "{'page': nope}");
    case "html": return send(res, 200, "text/html", "<!DOCTYPE html><html><head><title>Status</title></head><body><div id=root></div></body></html>");
    case "truncated": {
      // Declares the full length, sends half, then hangs up.
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
      res.write(json.slice(0, json.length / 2));
      return res.destroy();
    }
    case "huge": {
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(1024 * 1024, 32);
      let sent = 0;
      const pump = () => {
        while (sent < 20 && !res.destroyed && res.write(chunk)) sent++;
        if (res.destroyed) return;
        if (sent < 20) res.once("drain", pump);
        else res.end();
      };
      return pump();
    }
    case "never_ends": res.writeHead(200, { "content-type": "application/json" }); return res.write('{"page":');
    case "redirect_loop": res.writeHead(302, { location: `${path}?loop=${Math.random()}` }); return res.end();
    case "unknown_status": return send(res, 200, "application/json", json.replaceAll('"operational"', '"sparkling"').replace(/"indicator":"\w+"/, '"indicator":"weird"'));
    case "missing_fields": return send(res, 200, "application/json", JSON.stringify({ page: { name: "x" } }));
  }
}

function answerProbe(res: http.ServerResponse, svc: FixtureService, probe: ProbeSpec) {
  const mode = svc.probes.get(probe.id) ?? "up";
  if (mode === "timeout") return; // never answers; the prober's timeout fires
  const status = mode === "down" ? 503 : probe.expectStatus[0] ?? 200;
  const reply = () => send(res, status, "application/json", JSON.stringify(status === 401 ? { message: "Unauthorized" } : { ok: status < 400 }));
  if (mode === "slow") setTimeout(reply, probe.latencyThresholdMs + 200);
  else reply();
}

function send(res: http.ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body), "cache-control": "no-store", ...extra });
  res.end(body);
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
