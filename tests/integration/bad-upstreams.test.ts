import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/lib/catalog/seed";
import type { ServiceEntry } from "@/lib/catalog/types";
import { startFixtureServer, type FixtureServer } from "@/lib/dev/fixture-server";
import { runPollCycle } from "@/lib/monitor/poll-cycle";
import { freshDatabase, type TestDatabase } from "../helpers/db";

// Every way an upstream can break, all in one cycle: none stops it, each is recorded as a
// source error with its reason, and the healthy source beside them is read as usual.
const faults = ["invalid_json", "html", "truncated", "huge", "never_ends", "redirect_loop", "unknown_status", "missing_fields"] as const;
const entries: ServiceEntry[] = [...faults, "healthy"].map((f) => ({
  slug: f.replaceAll("_", "-"), name: f, category: "devtools", statusPageUrl: `https://${f.replaceAll("_", "-")}.test`,
  source: { format: "statuspage", url: `https://${f.replaceAll("_", "-")}.test/api/v2/summary.json`, verified: false },
}));

let fixture: FixtureServer;
let t: TestDatabase;
beforeAll(async () => {
  fixture = await startFixtureServer({ entries });
  for (const f of faults) fixture.apply({ at: 0, service: f.replaceAll("_", "-"), fault: f });
  t = await freshDatabase("embedded");
  await seedCatalog(t.db.prisma, entries);
});
afterAll(async () => {
  await fixture.close();
  await t.cleanup();
});

describe("a cycle facing broken upstreams", () => {
  it("finishes, records each failure with its reason, and still reads the healthy source", async () => {
    const started = Date.now();
    const s = await runPollCycle({ prisma: t.db.prisma, entries, override: fixture.url, intervalMs: 30_000, staleAfterMs: 90_000, timeoutMs: 1500 });
    expect(Date.now() - started).toBeLessThan(10_000);
    const reasons = Object.fromEntries(s.errors.map((e) => [e.slug, `${e.kind} | ${e.reason}`]));
    expect(reasons["invalid-json"]).toMatch(/^parse \| .*invalid JSON/);
    expect(reasons["html"]).toMatch(/^parse \| .*HTML page where JSON was expected/);
    expect(reasons["truncated"]).toMatch(/^(network|parse) \| /);
    expect(reasons["huge"]).toMatch(/^too_large \| /);
    expect(reasons["never-ends"]).toMatch(/^timeout \| /);
    expect(reasons["redirect-loop"]).toMatch(/^network \| /);
    expect(reasons["missing-fields"]).toMatch(/^parse \| .*not a Statuspage summary/);
    // Unknown status strings are read, not rejected: the verdict is `unknown`, never operational.
    expect(reasons["unknown-status"]).toBeUndefined();
    const states = await t.db.prisma.serviceState.findMany({ include: { service: true } });
    const bySlug = Object.fromEntries(states.map((x) => [x.service.slug, x]));
    expect(bySlug["unknown-status"]!.state).toBe("unknown");
    expect(bySlug["healthy"]!.state).toBe("operational");
    const sources = await t.db.prisma.sourceState.findMany({ include: { service: true } });
    for (const src of sources.filter((x) => !["healthy", "unknown-status"].includes(x.service.slug))) {
      expect(src.lastError, src.service.slug).toBeTruthy();
      expect(src.lastErrorKind, src.service.slug).toBeTruthy();
      expect(bySlug[src.service.slug]!.state).toBe("unknown");
    }
  });
});
