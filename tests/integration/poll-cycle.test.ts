import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { services } from "@/lib/catalog/services";
import { seedCatalog } from "@/lib/catalog/seed";
import { startFixtureServer, type FixtureServer } from "@/lib/dev/fixture-server";
import { runPollCycle } from "@/lib/monitor/poll-cycle";
import { listServices } from "@/lib/status/list-services";
import { databaseKinds, freshDatabase, type TestDatabase } from "../helpers/db";

let fixture: FixtureServer;
beforeAll(async () => { fixture = await startFixtureServer({ entries: services }); });
afterAll(() => fixture.close());

describe.each(databaseKinds)("poll cycle on %s", (kind) => {
  let t: TestDatabase;
  afterEach(() => t.cleanup());

  const cycle = (now?: Date) =>
    runPollCycle({ prisma: t.db.prisma, entries: services, override: fixture.url, staleAfterMs: 90_000, timeoutMs: 2000, ...(now ? { now: () => now } : {}) });
  const state = async (slug: string) => (await listServices(t.db.prisma)).find((s) => s.slug === slug)!;

  it("reads every Statuspage service from the fixture and follows a scenario step", async () => {
    t = await freshDatabase(kind);
    await seedCatalog(t.db.prisma);
    fixture.apply({ at: 0, service: "workos", components: { SSO: "operational" }, incident: { id: "reset", status: "resolved" } });
    const first = await cycle();
    expect(first.ok).toBe(services.filter((s) => s.source.format === "statuspage").length);
    expect((await state("workos")).state).toBe("operational");

    fixture.apply({ at: 10, service: "workos", components: { SSO: "major_outage" }, incident: { id: "sso-1", status: "investigating", impact: "critical" } });
    const second = await cycle();
    expect(second.changed).toEqual(["workos"]);
    expect((await state("workos")).state).toBe("major_outage");
    expect((await state("workos")).summary).toBe("Major System Outage");

    fixture.apply({ at: 70, service: "workos", components: { SSO: "operational" }, incident: { id: "sso-1", status: "resolved" } });
    await cycle();
    expect((await state("workos")).state).toBe("operational");
  });

  it("keeps a failing source's last verdict until stale, then says unknown; others are unaffected", async () => {
    t = await freshDatabase(kind);
    await seedCatalog(t.db.prisma);
    const start = new Date();
    await cycle(start);
    fixture.apply({ at: 0, service: "clerk", httpStatus: 503 });
    try {
      const summary = await cycle(new Date(start.getTime() + 30_000));
      expect(summary.failed).toBeGreaterThan(0);
      const clerk = await state("clerk");
      expect(clerk.state).toBe("operational");
      expect(clerk.lastError).toBe("http: HTTP 503");
      await cycle(new Date(start.getTime() + 120_000));
      expect((await state("clerk")).state).toBe("unknown");
      expect((await state("frontegg")).state).toBe("operational");
    } finally {
      fixture.apply({ at: 0, service: "clerk", httpStatus: null });
    }
  });

  it("seeds the catalog once: a second seed changes nothing", async () => {
    t = await freshDatabase(kind);
    expect(await seedCatalog(t.db.prisma)).toEqual({ created: services.length, updated: 0 });
    expect(await seedCatalog(t.db.prisma)).toEqual({ created: 0, updated: 0 });
  });
});
