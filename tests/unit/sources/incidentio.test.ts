import { describe, expect, it } from "vitest";
import { parseIncidentio } from "@/lib/sources/incidentio";
import { ParseError } from "@/lib/sources/model";
import { ctx, json } from "./load";

describe("incident.io widget API", () => {
  const s = parseIncidentio(json("incidentio-posthog-widget-incident.json"), ctx());

  it("takes the worst ongoing impact as the overall state", () => {
    expect(s.overall).toBe("partial_outage");
    expect(s.description).toBe("2 ongoing incidents");
  });

  it("names the affected components with their group, at the worst impact touching each", () => {
    expect(s.components.map((c) => [c.group, c.name, c.state])).toEqual([
      ["US Cloud", "Event ingestion", "partial_outage"],
      ["US Cloud", "Insights", "partial_outage"],
      ["US Cloud", "Feature flags", "degraded"],
    ]);
  });

  it("keeps each incident with its last update as the timeline", () => {
    const [first, second] = s.incidents;
    expect(first).toMatchObject({ upstreamId: "01K0Z8QF3T9H6V2M4N7P1R5S8W", status: "identified", impact: "partial_outage", resolvedAt: null });
    expect(first!.url).toBe("https://status.posthog.com/incidents/01K0Z8QF3T9H6V2M4N7P1R5S8W");
    expect(first!.updates).toHaveLength(1);
    expect(first!.updates[0]!.body).toMatch(/backlog in the ingestion pipeline/);
    expect(first!.updates[0]!.at.toISOString()).toBe("2026-07-23T16:42:10.512Z");
    expect(second!.impact).toBe("degraded");
  });

  it("lists in-progress and scheduled maintenance with their windows", () => {
    expect(s.maintenances.map((m) => [m.name, m.status])).toEqual([
      ["ClickHouse cluster upgrade (EU)", "in_progress"],
      ["Planned database failover", "scheduled"],
    ]);
    expect(s.maintenances[1]!.scheduledFor?.toISOString()).toBe("2026-07-28T06:00:00.000Z");
    expect(s.maintenances[1]!.scheduledUntil?.toISOString()).toBe("2026-07-28T07:00:00.000Z");
  });

  it("is operational when nothing is ongoing", () => {
    const calm = parseIncidentio(json("incidentio-widget-healthy.json"), ctx());
    expect(calm).toMatchObject({ overall: "operational", components: [], incidents: [], maintenances: [] });
  });

  it("is in maintenance when only a maintenance is in progress", () => {
    const widget = json("incidentio-posthog-widget-incident.json") as Record<string, unknown>;
    expect(parseIncidentio({ ...widget, ongoing_incidents: [] }, ctx()).overall).toBe("maintenance");
  });

  it("maps full_outage to major_outage and an unknown impact to unknown", () => {
    const base = { id: "i", name: "n", status: "investigating", affected_components: [] };
    expect(parseIncidentio({ ongoing_incidents: [{ ...base, current_worst_impact: "full_outage" }] }, ctx()).overall).toBe("major_outage");
    expect(parseIncidentio({ ongoing_incidents: [{ ...base, current_worst_impact: "apocalyptic" }] }, ctx()).overall).toBe("unknown");
  });
});

describe("incident.io /proxy frontend payload", () => {
  const s = parseIncidentio(json("incidentio-openai-proxy-incident.json"), ctx());

  it("lists every visible component; one missing from affected_components is operational", () => {
    expect(s.components.map((c) => [c.group, c.name, c.state])).toEqual([
      ["APIs", "Responses", "degraded"],
      ["APIs", "Chat Completions", "operational"],
      [null, "Codex", "major_outage"],
      [null, "Login", "unknown"],
      [null, "FedRAMP", "operational"],
    ]);
  });

  it("rolls the overall state up from components and incidents", () => {
    expect(s.overall).toBe("major_outage");
    expect(s.incidents[0]).toMatchObject({ name: "Codex CLI requests failing", impact: "major_outage" });
    expect(s.incidents[0]!.componentIds).toEqual(["01JMYB5D3W4RZ5E6KCF9QX8T2C", "01JMYB5D3W4RZ5E6KCF9QX8T2A"]);
  });

  it("narrows to filtered components", () => {
    const only = parseIncidentio(json("incidentio-openai-proxy-incident.json"), ctx({ filter: { components: ["Chat Completions"] } }));
    expect(only.overall).toBe("operational");
    expect(only.incidents).toEqual([]);
  });

  it("rejects a summary without its lists in a clear line", () => {
    expect(() => parseIncidentio({ summary: { components: "nope" } }, ctx())).toThrow(ParseError);
    expect(() => parseIncidentio({ summary: { components: "nope" } }, ctx())).toThrow(/^not an incident.io page summary: summary.components/);
  });
});
