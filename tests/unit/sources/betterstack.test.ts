import { describe, expect, it } from "vitest";
import { parseBetterstack } from "@/lib/sources/betterstack";
import { ctx, json } from "./load";

describe("Better Stack index.json", () => {
  const s = parseBetterstack(json("betterstack-incident.json"), ctx());

  it("maps aggregate_state downtime to major_outage", () => {
    expect(s.overall).toBe("major_outage");
    expect(s.sourceUpdatedAt?.toISOString()).toBe("2026-07-23T16:58:02.000Z");
  });

  it("reads resources as components, ordered by position, grouped by section", () => {
    expect(s.components.map((c) => [c.group, c.name, c.state])).toEqual([
      ["API", "REST API", "major_outage"],
      ["API", "Webhooks", "degraded"],
      ["Web", "Dashboard", "operational"],
      ["Web", "Docs", "unknown"],
    ]);
  });

  it("keeps only open status reports as incidents, with their updates newest first", () => {
    expect(s.incidents).toHaveLength(1);
    const i = s.incidents[0]!;
    expect(i).toMatchObject({ upstreamId: "555001", name: "REST API returning 503 errors", impact: "major_outage", resolvedAt: null, componentIds: ["70001", "70002"] });
    expect(i.updates.map((u) => u.body)).toEqual([
      "The cause is a failed database primary; failover is in progress.",
      "We are investigating 503 responses from the REST API.",
    ]);
  });

  it("reads maintenance reports as maintenances with their window", () => {
    expect(s.maintenances).toEqual([{
      upstreamId: "555002", name: "Load balancer replacement", status: "scheduled",
      scheduledFor: new Date("2026-07-30T02:00:00Z"), scheduledUntil: new Date("2026-07-30T03:00:00Z"), url: null,
    }]);
  });

  it("is operational on a healthy page", () => {
    const calm = parseBetterstack(json("betterstack-healthy.json"), ctx());
    expect(calm.overall).toBe("operational");
    expect(calm.components).toHaveLength(1);
    expect(calm.incidents).toEqual([]);
  });

  it("falls back to the worst resource, at least unknown, for a new aggregate state", () => {
    const page = json("betterstack-incident.json") as { data: { attributes: Record<string, unknown> } };
    const odd = { ...page, data: { ...page.data, attributes: { ...page.data.attributes, aggregate_state: "meltdown" } } };
    expect(parseBetterstack(odd, ctx()).overall).toBe("major_outage");
    expect(parseBetterstack({ data: { attributes: { aggregate_state: "meltdown" } } }, ctx()).overall).toBe("unknown");
  });

  it("skips an included entity it cannot read instead of failing the page", () => {
    const page = json("betterstack-healthy.json") as { included: unknown[] };
    const odd = { ...page, included: [...page.included, { id: "1", type: "status_page_resource", attributes: { public_name: 42 } }] };
    expect(parseBetterstack(odd, ctx()).components).toHaveLength(1);
  });
});
