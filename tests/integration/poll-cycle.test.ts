import { afterEach, describe, expect, it } from "vitest";
import { seedCatalog } from "@/lib/catalog/seed";
import { connect } from "@/lib/db";
import { startFixtureServer, type FixtureServer } from "@/lib/dev/fixture-server";
import { runPollCycle, type PollDeps } from "@/lib/monitor/poll-cycle";
import { databaseKinds, freshDatabase, type TestDatabase } from "../helpers/db";
import { testEntries } from "../helpers/entries";

const INTERVAL = 30_000;

describe.each(databaseKinds)("poll cycle on %s", (kind) => {
  let t: TestDatabase;
  let fixture: FixtureServer;
  let clock: Date;
  afterEach(async () => {
    await fixture.close();
    await t.cleanup();
  });

  async function setup() {
    t = await freshDatabase(kind);
    fixture = await startFixtureServer({ entries: testEntries });
    await seedCatalog(t.db.prisma, testEntries);
    clock = new Date("2026-12-01T10:00:00Z");
  }
  const deps = (extra: Partial<PollDeps> = {}): PollDeps => ({
    prisma: t.db.prisma, entries: testEntries, override: fixture.url, intervalMs: INTERVAL, staleAfterMs: 3 * INTERVAL, timeoutMs: 1000, now: () => clock, ...extra,
  });
  const cycle = async (advanceS = 30) => {
    clock = new Date(clock.getTime() + advanceS * 1000);
    return runPollCycle(deps());
  };
  const state = (slug: string) => t.db.prisma.serviceState.findFirstOrThrow({ where: { service: { slug } } });
  const count = async () => ({
    components: await t.db.prisma.component.count(),
    incidents: await t.db.prisma.incident.count(),
    updates: await t.db.prisma.incidentUpdate.count(),
    events: await t.db.prisma.stateEvent.count(),
  });

  it("follows a scenario: outage, update, resolution — with incidents, timeline and events", async () => {
    await setup();
    const first = await cycle(0);
    expect(first).toMatchObject({ claimed: 4, ok: 3, failed: 1 });
    expect(first.errors[0]).toMatchObject({ slug: "okta" });
    expect((await state("workos")).state).toBe("operational");
    expect((await state("okta")).state).toBe("unknown");

    fixture.apply({ at: 10, service: "workos", components: { SSO: "major_outage" }, incident: { id: "sso-1", name: "SSO failing", status: "investigating", impact: "critical", body: "Investigating" } });
    const second = await cycle();
    expect(second, JSON.stringify(second)).toMatchObject({ changed: ["workos"] });
    expect(await state("workos")).toMatchObject({ state: "major_outage", officialState: "major_outage", signal: "official", description: "Major System Outage" });
    const incident = await t.db.prisma.incident.findFirstOrThrow({ where: { upstreamId: "sso-1" }, include: { updates: true } });
    expect(incident).toMatchObject({ status: "investigating", impact: "major_outage", resolvedAt: null });
    expect(incident.firstSeenAt).toEqual(clock);
    expect(incident.updates).toHaveLength(1);

    fixture.apply({ at: 40, service: "workos", incident: { id: "sso-1", status: "identified", body: "Found" } });
    await cycle();
    expect((await t.db.prisma.incidentUpdate.count({ where: { incident: { upstreamId: "sso-1" } } }))).toBe(2);

    fixture.apply({ at: 70, service: "workos", components: { SSO: "operational" }, incident: { id: "sso-1", status: "resolved", body: "Fixed" } });
    await cycle();
    expect((await state("workos")).state).toBe("operational");
    const resolved = await t.db.prisma.incident.findFirstOrThrow({ where: { upstreamId: "sso-1" } });
    expect(resolved.resolvedAt).toEqual(clock);
    const events = await t.db.prisma.stateEvent.findMany({ where: { service: { slug: "workos" }, componentId: null }, orderBy: { startedAt: "asc" } });
    expect(events.map((e) => [e.state, e.endedAt !== null])).toEqual([["operational", true], ["major_outage", true], ["operational", false]]);
  });

  it("writes no component, incident or event rows when nothing changed, and uses conditional requests", async () => {
    await setup();
    await cycle(0);
    const before = await count();
    const again = await cycle();
    expect(again.rowsWritten).toBe(0);
    expect(again.notModified).toBe(3);
    expect(await count()).toEqual(before);
  });

  it("skips sources that are not due, so a repeated call in the same cycle polls nothing", async () => {
    await setup();
    await cycle(0);
    const repeat = await cycle(5);
    expect(repeat.claimed).toBe(0);
    expect((await cycle(25)).claimed).toBe(4);
  });

  it("keeps a failing source's verdict until stale, then unknown, and backs off; others unaffected", async () => {
    await setup();
    await cycle(0);
    fixture.apply({ at: 0, service: "clerk", httpStatus: 503 });
    const failing = await cycle();
    expect(failing.errors).toContainEqual({ slug: "clerk", kind: "http", reason: "http: HTTP 503" });
    expect((await state("clerk")).state).toBe("operational");
    const src = await t.db.prisma.sourceState.findFirstOrThrow({ where: { service: { slug: "clerk" } } });
    expect(src).toMatchObject({ consecutiveFailures: 1, lastErrorKind: "http" });
    await cycle(); // second failure: backoff pushes the next attempt beyond one interval
    const backedOff = await t.db.prisma.sourceState.findFirstOrThrow({ where: { service: { slug: "clerk" } } });
    expect(backedOff.nextAttemptAt.getTime() - clock.getTime()).toBeGreaterThan(INTERVAL);
    clock = new Date(backedOff.nextAttemptAt.getTime());
    await cycle(0);
    const clerk = await state("clerk");
    expect(clerk).toMatchObject({ state: "unknown", signal: "stale" });
    expect(clerk.reason).toMatch(/no fresh data for \d+ s \(http: HTTP 503\)/);
    expect((await state("frontegg")).state).toBe("operational");
  });

  it("opens a suspected outage after two failed probes while the page says operational, and closes it", async () => {
    await setup();
    await cycle(0);
    expect((await t.db.prisma.probeSample.findFirstOrThrow()).status).toBe(401);
    fixture.apply({ at: 0, service: "workos", probes: { api: "down" } });
    await cycle();
    expect((await state("workos")).state).toBe("operational");
    await cycle();
    const suspected = await state("workos");
    expect(suspected).toMatchObject({ state: "partial_outage", officialState: "operational", signal: "probe" });
    expect(suspected.reason).toMatch(/our probes \(WorkOS API\): failing for 30 s → suspected outage/);
    fixture.apply({ at: 0, service: "workos", probes: { api: "up" } });
    await cycle();
    expect((await state("workos")).state).toBe("partial_outage");
    await cycle();
    expect((await state("workos")).state).toBe("operational");
    expect(await t.db.prisma.probeSample.count()).toBe(5);
  });

  it("blames no service when nothing answers at all: our network is down, not theirs", async () => {
    await setup();
    await cycle(0);
    expect((await state("workos")).state).toBe("operational");
    const samples = await t.db.prisma.probeSample.count();
    // Every request fails before any HTTP answer, as with DNS gone.
    const offline = (() => Promise.reject(Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" }) }))) as typeof fetch;
    const vantage = { down: false };
    for (let i = 0; i < 5; i++) {
      clock = new Date(clock.getTime() + INTERVAL);
      const s = await runPollCycle(deps({ fetchImpl: offline, vantage }));
      expect(s.networkDown, JSON.stringify(s)).toBe(true);
    }
    const workos = await state("workos");
    expect(workos).toMatchObject({ state: "unknown", signal: "stale" });
    expect(workos.reason).toMatch(/own network looks down \(\d+ of \d+ checks got no answer\)/);
    expect(await t.db.prisma.probeState.findFirstOrThrow()).toMatchObject({ consecutiveFailures: 0, suspectedSince: null });
    expect(await t.db.prisma.probeSample.count()).toBe(samples);
    // No backoff was earned meanwhile: back online, every source is read in the next cycle.
    clock = new Date(clock.getTime() + INTERVAL);
    const back = await runPollCycle(deps({ vantage }));
    expect(back).toMatchObject({ claimed: 4, failed: 1, networkDown: false }); // okta always fails in the fixture
    expect(back.networkDown).toBe(false);
    expect((await state("workos")).state).toBe("operational");
  });

  it("keeps an outage only our probes saw while our network is down: no false recovery", async () => {
    await setup();
    await cycle(0);
    fixture.apply({ at: 0, service: "workos", probes: { api: "down" } });
    await cycle();
    await cycle();
    expect((await state("workos")).state).toBe("partial_outage");
    const offline = (() => Promise.reject(Object.assign(new TypeError("fetch failed"), { cause: { code: "ENOTFOUND" } }))) as typeof fetch;
    const vantage = { down: false };
    clock = new Date(clock.getTime() + INTERVAL);
    expect((await runPollCycle(deps({ fetchImpl: offline, vantage }))).networkDown).toBe(true);
    // The official page was read 30 s ago and says operational; the probes' outage still stands.
    expect(await state("workos")).toMatchObject({ state: "partial_outage", signal: "probe" });
    expect(await t.db.prisma.stateEvent.count({ where: { service: { slug: "workos" }, state: "operational", startedAt: { gt: new Date(clock.getTime() - 1000) } } })).toBe(0);
  });

  it("stops a cycle at shutdown without waiting for timeouts, writes nothing, and frees its sources", async () => {
    await setup();
    await cycle(0);
    const before = await t.db.prisma.serviceState.findMany({ orderBy: { serviceId: "asc" } });
    // Requests that would hang for their whole timeout, as when DNS does not answer.
    const hanging = ((_url: string, init?: RequestInit) => new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))))) as typeof fetch;
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 200);
    clock = new Date(clock.getTime() + INTERVAL);
    const started = Date.now();
    const summary = await runPollCycle(deps({ fetchImpl: hanging, timeoutMs: 10_000, signal: stop.signal }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(summary).toMatchObject({ claimed: 4, rowsWritten: 0, changed: [] });
    expect(await t.db.prisma.serviceState.findMany({ orderBy: { serviceId: "asc" } })).toEqual(before);
    const sources = await t.db.prisma.sourceState.findMany();
    expect(sources.every((src) => src.leaseOwner === null && src.nextAttemptAt.getTime() === 0)).toBe(true);
    expect((await runPollCycle(deps())).claimed).toBe(4); // the next cycle takes them at once
  });

  it.runIf(kind === "postgres")("three concurrent workers never poll one source twice in a cycle", async () => {
    await setup();
    const workers = await Promise.all([1, 2, 3].map(() => connect({ databaseUrl: t.url, dataDir: "unused" })));
    try {
      for (let round = 0; round < 3; round++) {
        clock = new Date(clock.getTime() + INTERVAL);
        fixture.requests.length = 0;
        const summaries = await Promise.all(workers.map((w, i) => runPollCycle({ ...deps(), prisma: w.prisma, owner: `worker-${i}` })));
        // Okta's source fails and backs off, so it is not due every round; the others always are.
        const claimed = summaries.reduce((n, s) => n + s.claimed, 0);
        expect(claimed).toBeGreaterThanOrEqual(3);
        expect(claimed).toBeLessThanOrEqual(testEntries.length);
        const polled = fixture.requests.filter((r) => r.path.endsWith("/summary.json")).map((r) => r.path);
        expect(polled.sort()).toEqual([...new Set(polled)].sort());
        expect(polled).toHaveLength(3);
      }
      const open = await t.db.prisma.stateEvent.groupBy({ by: ["serviceId"], where: { componentId: null, endedAt: null }, _count: true });
      expect(open.every((g) => g._count === 1)).toBe(true);
    } finally {
      await Promise.all(workers.map((w) => w.close()));
    }
  });
});
