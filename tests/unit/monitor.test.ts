import { describe, expect, it } from "vitest";
import { nextState, type PollOutcome } from "@/lib/monitor/poll-cycle";
import { mapPool } from "@/lib/monitor/pool";
import { upstreamUrl } from "@/lib/monitor/upstream-url";
import { worstState } from "@/lib/sources/model";

const t0 = new Date("2026-12-01T10:00:00Z");
const later = (s: number) => new Date(t0.getTime() + s * 1000);
const ok: PollOutcome = { slug: "workos", kind: "ok", status: { overall: "degraded", description: "Minor Service Outage", components: [], incidents: [], maintenances: [], sourceUpdatedAt: t0 } };
const fail: PollOutcome = { slug: "workos", kind: "fail", reason: "timeout: no answer within 10000 ms" };

describe("verdict after a poll", () => {
  it("takes the upstream's state on success", () => {
    expect(nextState(null, ok, t0, 90_000)).toMatchObject({ state: "degraded", summary: "Minor Service Outage", lastSuccessAt: t0, lastError: null });
  });

  it("keeps the last verdict through a failure while the data is fresh", () => {
    const prev = nextState(null, ok, t0, 90_000);
    expect(nextState(prev, fail, later(60), 90_000)).toMatchObject({ state: "degraded", lastError: fail.kind === "fail" ? fail.reason : "" });
  });

  it("turns unknown, never operational, once the data is stale", () => {
    const prev = { ...nextState(null, ok, t0, 90_000), state: "operational" };
    const stale = nextState(prev, fail, later(91), 90_000);
    expect(stale.state).toBe("unknown");
    expect(stale.summary).toMatch(/No fresh data.*timeout/);
    expect(nextState(null, fail, t0, 90_000).state).toBe("unknown");
  });
});

describe("helpers", () => {
  it("rewrites upstream URLs to the fixture server keeping host, path and query", () => {
    expect(upstreamUrl("https://status.workos.com/api/v2/summary.json?x=1", "http://127.0.0.1:4010/")).toBe("http://127.0.0.1:4010/status.workos.com/api/v2/summary.json?x=1");
    expect(upstreamUrl("https://status.workos.com/api/v2/summary.json", undefined)).toBe("https://status.workos.com/api/v2/summary.json");
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
