import { describe, expect, it } from "vitest";
import { incidentChanges } from "@/lib/alerts/incident-changes";
import type { SnapshotPlan, StoredIncident } from "@/lib/monitor/diff-snapshot";
import type { NormalizedStatus } from "@/lib/sources/model";

const t = new Date("2026-12-01T10:00:00Z");
const status: NormalizedStatus = { overall: "degraded", description: "", sourceUpdatedAt: null, components: [{ upstreamId: "c1", name: "SSO", group: null, state: "degraded" }], incidents: [], maintenances: [] };
const empty: SnapshotPlan = { createComponents: [], updateComponents: [], deleteComponentIds: [], createIncidents: [], updateIncidents: [], resolveIncidentIds: [] };
const stored: StoredIncident[] = [
  { id: "n1", upstreamId: "i1", kind: "incident", name: "SSO errors", status: "investigating", impact: "degraded", url: null, componentIds: ["c1"], resolvedAt: null, scheduledFor: null, scheduledUntil: null, updates: [] },
  { id: "m1", upstreamId: "mt1", kind: "maintenance", name: "DB upgrade", status: "scheduled", impact: "maintenance", url: null, componentIds: [], resolvedAt: null, scheduledFor: t, scheduledUntil: null, updates: [] },
];

describe("incident changes for subscribers", () => {
  it("reads a new open incident as opened, with component names", () => {
    const plan = { ...empty, createIncidents: [{ upstreamId: "i2", kind: "incident" as const, name: "API slow", status: "investigating", impact: "degraded", url: null, componentIds: ["c1"], startedAt: t, resolvedAt: null, scheduledFor: null, scheduledUntil: null, updates: [{ at: t, status: "investigating", body: "Looking" }] }] };
    expect(incidentChanges(plan, stored, status)).toEqual([{ kind: "incident_opened", upstreamId: "i2", name: "API slow", impact: "degraded", components: ["SSO"], body: "Looking" }]);
  });

  it("reads new updates as updated, a resolution as resolved, and vanishing as resolved", () => {
    expect(incidentChanges({ ...empty, updateIncidents: [{ id: "n1", data: { status: "identified" }, newUpdates: [{ at: t, status: "identified", body: "Found it" }] }] }, stored, status)[0]).toMatchObject({ kind: "incident_updated", body: "Found it" });
    expect(incidentChanges({ ...empty, updateIncidents: [{ id: "n1", data: { resolvedAt: t, status: "resolved" }, newUpdates: [] }] }, stored, status)[0]).toMatchObject({ kind: "incident_resolved" });
    expect(incidentChanges({ ...empty, resolveIncidentIds: ["n1"] }, stored, status)[0]).toMatchObject({ kind: "incident_resolved", name: "SSO errors" });
  });

  it("reads maintenance moving to in progress as started, and ignores a status-only incident change", () => {
    expect(incidentChanges({ ...empty, updateIncidents: [{ id: "m1", data: { status: "in_progress" }, newUpdates: [] }] }, stored, status)).toEqual([
      { kind: "maintenance_started", upstreamId: "mt1", name: "DB upgrade", impact: "maintenance", components: [], body: "" },
    ]);
    expect(incidentChanges({ ...empty, updateIncidents: [{ id: "n1", data: { status: "monitoring" }, newUpdates: [] }] }, stored, status)).toEqual([]);
  });
});
