import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/lib/catalog/seed";
import { runMaintenance } from "@/lib/monitor/maintenance";
import { uptimeByDay } from "@/lib/status/uptime";
import { databaseKinds, freshDatabase, type TestDatabase } from "../helpers/db";
import { testEntries } from "../helpers/entries";

const h = (iso: string) => new Date(iso);

describe.each(databaseKinds)("uptime rollups on %s", (kind) => {
  let t: TestDatabase;
  let serviceId: string;
  beforeAll(async () => {
    t = await freshDatabase(kind);
    await seedCatalog(t.db.prisma, testEntries);
    serviceId = (await t.db.prisma.service.findUniqueOrThrow({ where: { slug: "workos" } })).id;
    // Operational from 22:00 the day before yesterday, a 30-minute outage yesterday at 10:00, then fine.
    await t.db.prisma.stateEvent.createMany({
      data: [
        { serviceId, state: "operational", signal: "official", reason: "", startedAt: h("2026-12-01T22:00:00Z"), endedAt: h("2026-12-02T10:00:00Z") },
        { serviceId, state: "major_outage", signal: "official", reason: "", startedAt: h("2026-12-02T10:00:00Z"), endedAt: h("2026-12-02T10:30:00Z") },
        { serviceId, state: "operational", signal: "official", reason: "", startedAt: h("2026-12-02T10:30:00Z"), endedAt: null },
      ],
    });
    await t.db.prisma.probeSample.createMany({
      data: [
        { serviceId, probeId: "api", at: h("2026-12-02T10:05:00Z"), ok: false, status: 503, latencyMs: 80 },
        { serviceId, probeId: "api", at: h("2026-12-02T10:35:00Z"), ok: true, status: 401, latencyMs: 120 },
        { serviceId, probeId: "api", at: h("2026-11-20T10:00:00Z"), ok: true, status: 401, latencyMs: 100 },
      ],
    });
  });
  afterAll(() => t.cleanup());

  it("rolls complete hours and days once, and deletes raw samples past retention", async () => {
    const now = h("2026-12-03T06:20:00Z");
    const first = await runMaintenance(t.db.prisma, now);
    expect(first.hours).toBeGreaterThan(0);
    expect(first.deleted).toBe(1);
    expect(await runMaintenance(t.db.prisma, h("2026-12-03T06:50:00Z"))).toEqual({ hours: 0, days: 0, deleted: 0 });
    const tenAm = await t.db.prisma.uptimeRollup.findUniqueOrThrow({ where: { serviceId_granularity_periodStart: { serviceId, granularity: "hour", periodStart: h("2026-12-02T10:00:00Z") } } });
    expect(tenAm).toMatchObject({ operationalSec: 1800, outageSec: 1800, probeRuns: 2, probeOk: 1, latencyMaxMs: 120 });
    expect(Number(tenAm.latencySumMs)).toBe(200);
    const day = await t.db.prisma.uptimeRollup.findUniqueOrThrow({ where: { serviceId_granularity_periodStart: { serviceId, granularity: "day", periodStart: h("2026-12-02T00:00:00Z") } } });
    expect(day).toMatchObject({ outageSec: 1800, operationalSec: 86400 - 1800 });
  });

  it("answers a 90-day uptime query from rollups plus today's live periods", async () => {
    const days = await uptimeByDay(t.db.prisma, serviceId, 90, h("2026-12-03T06:20:00Z"));
    expect(days).toHaveLength(90);
    expect(days.at(-1)!.day).toBe("2026-12-03");
    const yesterday = days.at(-2)!;
    expect(yesterday.day).toBe("2026-12-02");
    expect(yesterday.ratio).toBeCloseTo(1 - 1800 / 86400, 6);
    expect(yesterday.outageSec).toBe(1800);
    expect(days.at(-1)!.ratio).toBe(1);
    expect(days[0]!.ratio).toBeNull();
  });
});
