import { describe, expect, it } from "vitest";
import { parseInstatus } from "@/lib/sources/instatus";
import { ParseError } from "@/lib/sources/model";
import { ctx, json } from "./load";

describe("Instatus summary.json", () => {
  const s = parseInstatus(json("instatus-stytch-incident.json"), ctx());

  it("derives the severity of HASISSUES from the worst impact", () => {
    expect(s.overall).toBe("partial_outage");
    expect(s.description).toBe("Elevated latency on OTP SMS delivery; Dashboard charts loading slowly");
  });

  it("reads the JavaScript date string Instatus emits", () => {
    expect(s.incidents[0]!.startedAt.toISOString()).toBe("2026-07-23T16:05:12.000Z");
    expect(s.incidents[1]!.startedAt.toISOString()).toBe("2026-07-23T15:40:00.000Z");
  });

  it("keeps incidents with lower-cased status and mapped impact", () => {
    expect(s.incidents.map((i) => [i.upstreamId, i.status, i.impact])).toEqual([
      ["cm9x1k2l30001ab12cd3ef456", "identified", "partial_outage"],
      ["cm9x1k2l30002ab12cd3ef456", "monitoring", "degraded"],
    ]);
  });

  it("reads the optional components with their group", () => {
    expect(s.components.map((c) => [c.group, c.name, c.state])).toEqual([
      ["Core", "API", "operational"],
      ["Authentication", "SMS OTP", "partial_outage"],
      ["Authentication", "Email magic links", "operational"],
      [null, "Dashboard", "degraded"],
    ]);
  });

  it("turns start + duration (minutes) into a maintenance window", () => {
    expect(s.maintenances[0]).toMatchObject({ name: "Database maintenance", status: "scheduled" });
    expect(s.maintenances[0]!.scheduledFor?.toISOString()).toBe("2026-07-28T06:00:00.000Z");
    expect(s.maintenances[0]!.scheduledUntil?.toISOString()).toBe("2026-07-28T07:00:00.000Z");
  });

  it("is operational when the page is UP", () => {
    expect(parseInstatus(json("instatus-stytch-healthy.json"), ctx())).toMatchObject({ overall: "operational", incidents: [], components: [] });
  });

  it("never reads HASISSUES as operational, even without details", () => {
    expect(parseInstatus({ page: { name: "X", status: "HASISSUES" } }, ctx()).overall).toBe("degraded");
  });

  it("reads UNDERMAINTENANCE as maintenance and a new page status as unknown", () => {
    expect(parseInstatus({ page: { name: "X", status: "UNDERMAINTENANCE" } }, ctx()).overall).toBe("maintenance");
    expect(parseInstatus({ page: { name: "X", status: "ON_FIRE" } }, ctx()).overall).toBe("unknown");
  });

  it("uses the incident URL as id when the id is missing", () => {
    const s2 = parseInstatus({ page: { status: "HASISSUES" }, activeIncidents: [{ name: "API down", started: null, status: "INVESTIGATING", impact: "MAJOROUTAGE", url: "https://x/1" }] }, ctx());
    expect(s2.incidents[0]).toMatchObject({ upstreamId: "https://x/1", impact: "major_outage" });
    expect(s2.incidents[0]!.startedAt).toEqual(ctx().now);
    expect(s2.overall).toBe("major_outage");
  });

  it("rejects a payload without page.status", () => {
    expect(() => parseInstatus({ page: { name: "X" } }, ctx())).toThrow(ParseError);
    expect(() => parseInstatus({ page: { name: "X" } }, ctx())).toThrow(/page.status/);
  });
});
