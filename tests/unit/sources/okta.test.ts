import { describe, expect, it } from "vitest";
import { ParseError } from "@/lib/sources/model";
import { categoryState, parseOkta } from "@/lib/sources/okta";
import { ctx, fixture } from "./load";

describe("Okta status page", () => {
  const s = parseOkta(fixture("okta-status-incident.html"), ctx());

  it("reads the entity-encoded incidents and takes the worst open one", () => {
    // Is_Mis_Red__c marks the sign-in incident as a major one.
    expect(s.overall).toBe("major_outage");
    expect(s.incidents.map((i) => [i.upstreamId, i.status, i.impact])).toEqual([
      ["a0B8c00001XyZ1aEAF", "investigating", "degraded"],
      ["a0B8c00001XyZ2bEAF", "identified", "major_outage"],
      ["a0B8c00001XyZ3cEAF", "resolved", "degraded"],
      ["a0B8c00001XyZ4dEAF", "investigating", "unknown"],
    ]);
  });

  it("keeps a recently closed record as resolved and drops an old one", () => {
    const closed = s.incidents.find((i) => i.upstreamId === "a0B8c00001XyZ3cEAF")!;
    expect(closed.resolvedAt?.toISOString()).toBe("2026-07-21T11:10:00.000Z");
    expect(s.incidents.some((i) => i.upstreamId === "a0B8c00001XyZ0zEAF")).toBe(false);
  });

  it("parses Salesforce timestamps and keeps the log as text", () => {
    const push = s.incidents[0]!;
    expect(push.startedAt.toISOString()).toBe("2026-07-23T16:05:00.000Z");
    expect(push.componentIds).toEqual(["okta.com:12", "okta.com:14"]);
    expect(push.updates[0]!.body).toBe("16:40 UTC – Push notifications to Okta Verify are delayed by up to 5 minutes. We are investigating.");
    expect(s.sourceUpdatedAt?.toISOString()).toBe("2026-07-23T17:30:00.000Z");
  });

  it("makes the cells the components, grouped by domain", () => {
    expect(s.components).toHaveLength(11);
    const state = Object.fromEntries(s.components.map((c) => [c.name, c.state]));
    expect(state).toMatchObject({ "okta.com:12": "degraded", "okta-emea.com:1": "major_outage", "okta.com:1": "maintenance", "okta.com:2": "operational", "okta.com:3": "operational" });
    expect(s.components.find((c) => c.name === "okta-gov.com:1")!.group).toBe("okta-gov.com");
  });

  it("reads planned outages as maintenances by their window", () => {
    expect(s.maintenances.map((m) => [m.upstreamId, m.status])).toEqual([["a0C8c00000PqR1sEAF", "in_progress"], ["a0C8c00000PqR2tEAF", "scheduled"]]);
  });

  it("narrows to a cell with filter.components", () => {
    const cell = parseOkta(fixture("okta-status-incident.html"), ctx({ filter: { components: ["okta.com:12"] } }));
    expect(cell.overall).toBe("degraded");
    expect(cell.incidents.map((i) => i.upstreamId)).toEqual(["a0B8c00001XyZ1aEAF"]);
  });

  it("is operational with empty lists", () => {
    const calm = parseOkta(fixture("okta-status-healthy.html"), ctx());
    expect(calm.overall).toBe("operational");
    expect(calm.components.every((c) => c.state === "operational")).toBe(true);
  });

  it("maps every documented category", () => {
    expect(["Major Service Disruption", "Service Disruption", "Minor Service Disruption", "Feature Disruption", "Service Degradation", "Performance Issue", "Planned Maintenance", "Something new"].map((c) => categoryState(c)))
      .toEqual(["major_outage", "partial_outage", "partial_outage", "partial_outage", "degraded", "degraded", "maintenance", "unknown"]);
    expect(categoryState("Performance Issue", true)).toBe("major_outage");
  });

  it("refuses a page without the data spans, and a span that is not JSON", () => {
    expect(() => parseOkta("<html><body>Sign in</body></html>", ctx())).toThrow(/^not an Okta status page/);
    expect(() => parseOkta('<span data-id="incidents">[{&quot;Id</span>', ctx())).toThrow(ParseError);
  });
});
