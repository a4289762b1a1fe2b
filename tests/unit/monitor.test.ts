import { describe, expect, it } from "vitest";
import { nextAttemptDelayMs } from "@/lib/monitor/backoff";
import { diffSnapshot, isEmptyPlan } from "@/lib/monitor/diff-snapshot";
import { mapPool } from "@/lib/monitor/pool";
import { upstreamUrl } from "@/lib/monitor/upstream-url";
import { assessVantage } from "@/lib/monitor/vantage";
import type { SourceResult } from "@/lib/monitor/write-results";
import { fuseVerdict, type VerdictInput } from "@/lib/monitor/verdict";
import { nextProbeCounters } from "@/lib/probes/hysteresis";
import type { ProbeOutcome } from "@/lib/probes/run-probe";
import { worstState, type NormalizedStatus } from "@/lib/sources/model";

const t0 = new Date("2026-12-01T10:00:00Z");
const at = (s: number) => new Date(t0.getTime() + s * 1000);

describe("verdict fusion", () => {
  const base: VerdictInput = { now: at(10), official: { state: "operational", description: "All Systems Operational", readAt: at(0) }, officialError: null, staleAfterMs: 90_000, probes: [] };

  it("follows a fresh official page", () => {
    expect(fuseVerdict(base)).toMatchObject({ state: "operational", signal: "official", reason: "Official page: All Systems Operational" });
    expect(fuseVerdict({ ...base, official: { ...base.official!, state: "major_outage" } }).state).toBe("major_outage");
  });

  it("says unknown, never operational, when the official data is stale", () => {
    const v = fuseVerdict({ ...base, now: at(91), officialError: "timeout: no answer within 10000 ms" });
    expect(v).toMatchObject({ state: "unknown", signal: "stale", officialState: "unknown" });
    expect(v.reason).toMatch(/no fresh data for 91 s \(timeout/);
    expect(fuseVerdict({ ...base, official: null }).state).toBe("unknown");
  });

  it("raises a suspected outage from probes past their hysteresis while the page says operational", () => {
    const v = fuseVerdict({ ...base, now: at(90), probes: [{ probeId: "api", name: "WorkOS API", suspectedSince: at(0), slow: false }] });
    expect(v).toMatchObject({ state: "partial_outage", officialState: "operational", signal: "probe" });
    expect(v.reason).toBe("Official page: All Systems Operational; our probes (WorkOS API): failing for 90 s → suspected outage");
  });

  it("keeps the worse official state when probes also fail", () => {
    const v = fuseVerdict({ ...base, official: { ...base.official!, state: "major_outage" }, probes: [{ probeId: "api", name: "API", suspectedSince: at(0), slow: false }] });
    expect(v.state).toBe("major_outage");
  });

  it("reads slow probes as degraded only", () => {
    expect(fuseVerdict({ ...base, probes: [{ probeId: "api", name: "API", suspectedSince: null, slow: true }] })).toMatchObject({ state: "degraded", signal: "probe" });
  });
});

describe("probe hysteresis", () => {
  const run = (ok: boolean, s: number): ProbeOutcome => ({ probeId: "api", at: at(s), ok, status: ok ? 401 : 503, latencyMs: 50, slow: false, error: ok ? null : "HTTP 503" });

  it("ignores one blip and opens a suspected outage after two failures in a row", () => {
    let c = nextProbeCounters(null, run(false, 0));
    expect(c.suspectedSince).toBeNull();
    c = nextProbeCounters(c, run(true, 30));
    expect(c).toMatchObject({ consecutiveFailures: 0, suspectedSince: null, failingSince: null });
    c = nextProbeCounters(c, run(false, 60));
    c = nextProbeCounters(c, run(false, 90));
    expect(c.suspectedSince).toEqual(at(60));
  });

  it("closes only after two successes in a row", () => {
    let c = nextProbeCounters(nextProbeCounters(null, run(false, 0)), run(false, 30));
    c = nextProbeCounters(c, run(true, 60));
    expect(c.suspectedSince).toEqual(at(0));
    c = nextProbeCounters(c, run(false, 90));
    expect(c.suspectedSince).toEqual(at(0));
    c = nextProbeCounters(nextProbeCounters(c, run(true, 120)), run(true, 150));
    expect(c).toMatchObject({ suspectedSince: null, failingSince: null, consecutiveSuccesses: 2 });
  });
});

describe("snapshot diff", () => {
  const status: NormalizedStatus = {
    overall: "partial_outage", description: "Partial System Outage", sourceUpdatedAt: t0,
    components: [{ upstreamId: "c1", name: "SSO", group: null, state: "partial_outage" }, { upstreamId: "c2", name: "API", group: null, state: "operational" }],
    incidents: [{ upstreamId: "i1", name: "SSO errors", status: "investigating", impact: "partial_outage", startedAt: t0, resolvedAt: null, url: null, componentIds: ["c1"], updates: [{ status: "investigating", body: "Looking", at: t0 }] }],
    maintenances: [],
  };
  const stored = {
    components: [{ id: "k1", upstreamId: "c1", name: "SSO", group: null, state: "partial_outage", position: 0 }, { id: "k2", upstreamId: "c2", name: "API", group: null, state: "operational", position: 1 }],
    incidents: [{ id: "n1", upstreamId: "i1", kind: "incident", name: "SSO errors", status: "investigating", impact: "partial_outage", url: null, componentIds: ["c1"], resolvedAt: null, scheduledFor: null, scheduledUntil: null, updates: [{ at: t0, status: "investigating" }] }],
  };

  it("plans nothing for an unchanged snapshot", () => {
    expect(isEmptyPlan(diffSnapshot(stored, status, at(30)))).toBe(true);
  });

  it("plans only what changed", () => {
    const next = {
      ...status,
      components: [{ ...status.components[0]!, state: "operational" as const }, status.components[1]!, { upstreamId: "c3", name: "AuthKit", group: null, state: "operational" as const }],
      incidents: [{ ...status.incidents[0]!, status: "identified", updates: [{ status: "identified", body: "Found it", at: at(20) }, ...status.incidents[0]!.updates] }],
    };
    const plan = diffSnapshot(stored, next, at(30));
    expect(plan.updateComponents).toEqual([{ id: "k1", data: { name: "SSO", group: null, state: "operational", position: 0 }, stateChanged: true }]);
    expect(plan.createComponents.map((c) => c.upstreamId)).toEqual(["c3"]);
    expect(plan.updateIncidents).toEqual([{ id: "n1", data: { status: "identified" }, newUpdates: [{ status: "identified", body: "Found it", at: at(20) }] }]);
    expect(plan.resolveIncidentIds).toEqual([]);
  });

  it("resolves an open incident that left the listing and drops vanished components", () => {
    const plan = diffSnapshot(stored, { ...status, incidents: [], components: [status.components[0]!] }, at(30));
    expect(plan.resolveIncidentIds).toEqual(["n1"]);
    expect(plan.deleteComponentIds).toEqual(["k2"]);
  });
});

describe("helpers", () => {
  it("rewrites upstream URLs to the fixture server keeping host, path and query", () => {
    expect(upstreamUrl("https://status.workos.com/api/v2/summary.json?x=1", "http://127.0.0.1:4010/")).toBe("http://127.0.0.1:4010/status.workos.com/api/v2/summary.json?x=1");
    expect(upstreamUrl("https://status.workos.com/api/v2/summary.json", undefined)).toBe("https://status.workos.com/api/v2/summary.json");
  });

  it("backs off failing sources exponentially, capped, with jitter", () => {
    expect(nextAttemptDelayMs(0, 30_000)).toBe(27_000);
    expect(nextAttemptDelayMs(2, 30_000, () => 0.5)).toBe(60_000);
    expect(nextAttemptDelayMs(3, 30_000, () => 0.5)).toBe(120_000);
    expect(nextAttemptDelayMs(20, 30_000, () => 0.5)).toBe(600_000);
    expect(nextAttemptDelayMs(3, 30_000, () => 0)).toBe(96_000);
  });

  it("ranks states with unknown above operational", () => {
    expect(worstState(["operational", "unknown"])).toBe("unknown");
    expect(worstState(["maintenance", "degraded", "operational"])).toBe("degraded");
    expect(worstState([])).toBe("operational");
  });

  it("runs at most `limit` tasks at once and keeps order", async () => {
    let active = 0;
    let peak = 0;
    const out = await mapPool([5, 1, 4, 2, 3], 2, async (n) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, n * 3));
      active--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});

describe("our own vantage point", () => {
  const probe = (ok: boolean, status: number | null): ProbeOutcome => ({ probeId: "api", at: t0, ok, status, latencyMs: 5, slow: false, error: ok ? null : "x" });
  const result = (kind: "ok" | "fail", errorKind = "network", probes: ProbeOutcome[] = []) =>
    ({ kind, errorKind, reason: "r", probes, entry: {}, claim: {}, serviceId: "s" }) as unknown as SourceResult;

  it("looks down when nearly every source and probe got no answer at all", () => {
    const results = [...Array.from({ length: 9 }, () => result("fail", "network", [probe(false, null)])), result("ok", undefined, [probe(true, 401)])];
    expect(assessVantage(results)).toEqual({ down: true, unreachable: 18, total: 20 });
  });

  it("does not when the failures are HTTP answers, when enough answered, or when too few were asked", () => {
    expect(assessVantage(Array.from({ length: 10 }, () => result("fail", "http", [probe(false, 503)]))).down).toBe(false);
    expect(assessVantage([...Array.from({ length: 6 }, () => result("fail", "timeout")), ...Array.from({ length: 4 }, () => result("ok"))]).down).toBe(false);
    expect(assessVantage([result("fail", "network", [probe(false, null)])]).down).toBe(false);
  });

  it("turns a stale verdict's reason into an honest one", () => {
    const v = fuseVerdict({ now: at(200), official: { state: "operational", description: "All good", readAt: at(0) }, officialError: "network: ENOTFOUND", staleAfterMs: 90_000, probes: [], note: "StatusRadar's own network looks down" });
    expect(v).toMatchObject({ state: "unknown", signal: "stale" });
    expect(v.reason).toMatch(/no fresh data for 200 s \(network: ENOTFOUND\); StatusRadar's own network looks down$/);
  });
});
