import { describe, expect, it } from "vitest";
import { parseStatusio } from "@/lib/sources/statusio";
import { ctx, json } from "./load";

describe("status.io status result", () => {
  const s = parseStatusio(json("statusio-gitlab-incident.json"), ctx());

  it("maps status_overall code 400 to partial_outage", () => {
    expect(s.overall).toBe("partial_outage");
    expect(s.description).toBe("Partial Service Disruption");
    expect(s.sourceUpdatedAt?.toISOString()).toBe("2026-07-23T16:47:31.422Z");
  });

  it("rolls containers up into their component; an unknown code is unknown", () => {
    expect(s.components.map((c) => [c.name, c.state])).toEqual([
      ["Website", "operational"],
      ["Git Operations", "partial_outage"],
      ["CI/CD - GitLab SaaS Shared Runners", "degraded"],
      ["Container Registry", "unknown"],
    ]);
  });

  it("builds the incident timeline from messages, newest first, with stage names", () => {
    const i = s.incidents[0]!;
    expect(i).toMatchObject({ upstreamId: "66a0f1c2a1b2c3d4e5f60718", status: "identified", impact: "partial_outage", resolvedAt: null });
    expect(i.componentIds).toEqual(["5b36dc6502d06804c0834a0e"]);
    expect(i.updates.map((u) => u.status)).toEqual(["identified", "investigating"]);
    expect(i.startedAt.toISOString()).toBe("2026-07-23T16:20:04.000Z");
  });

  it("reads upcoming maintenance with its planned window", () => {
    expect(s.maintenances).toHaveLength(1);
    expect(s.maintenances[0]).toMatchObject({ name: "Database upgrade for GitLab.com", status: "scheduled" });
    expect(s.maintenances[0]!.scheduledUntil?.toISOString()).toBe("2026-07-26T02:00:00.000Z");
  });

  it("marks active maintenance in progress", () => {
    const m = { _id: "m", name: "Now", datetime_planned_start: "2026-07-23T17:00:00Z", datetime_planned_end: "2026-07-23T19:00:00Z" };
    const r = parseStatusio({ result: { status_overall: { status_code: 200 }, maintenance: { active: [m], upcoming: [] } } }, ctx());
    expect(r.overall).toBe("maintenance");
    expect(r.maintenances[0]!.status).toBe("in_progress");
  });

  it("is operational when all is well, and treats 600 (security event) as an outage", () => {
    expect(parseStatusio(json("statusio-gitlab-healthy.json"), ctx()).overall).toBe("operational");
    expect(parseStatusio({ result: { status_overall: { status_code: 600 } } }, ctx()).overall).toBe("major_outage");
    expect(parseStatusio({ result: { status_overall: { status_code: "300" } } }, ctx()).overall).toBe("degraded");
    expect(parseStatusio({ result: { status_overall: { status_code: 999, status: "Weird" } } }, ctx()).overall).toBe("unknown");
  });
});
