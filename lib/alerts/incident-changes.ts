import type { SnapshotPlan, StoredIncident } from "../monitor/diff-snapshot";
import type { NormalizedStatus } from "../sources/model";

export interface IncidentChange {
  kind: "incident_opened" | "incident_updated" | "incident_resolved" | "maintenance_started";
  upstreamId: string;
  name: string;
  impact: string;
  components: string[];
  body: string;
}

/** Pure: what a snapshot plan means for subscribers, incident by incident. */
export function incidentChanges(plan: SnapshotPlan, stored: StoredIncident[], status: NormalizedStatus): IncidentChange[] {
  const componentName = new Map(status.components.map((c) => [c.upstreamId, c.name]));
  const names = (ids: string[]) => ids.map((id) => componentName.get(id) ?? id);
  const byId = new Map(stored.map((i) => [i.id, i]));
  const out: IncidentChange[] = [];
  for (const i of plan.createIncidents) {
    if (i.kind === "maintenance") {
      if (i.status === "in_progress") out.push({ kind: "maintenance_started", upstreamId: i.upstreamId, name: i.name, impact: "maintenance", components: [], body: "" });
    } else if (!i.resolvedAt) {
      out.push({ kind: "incident_opened", upstreamId: i.upstreamId, name: i.name, impact: i.impact, components: names(i.componentIds), body: i.updates[0]?.body ?? "" });
    }
  }
  for (const u of plan.updateIncidents) {
    const old = byId.get(u.id);
    if (!old) continue;
    if (old.kind === "maintenance") {
      if (u.data.status === "in_progress") out.push({ kind: "maintenance_started", upstreamId: old.upstreamId, name: old.name, impact: "maintenance", components: [], body: "" });
      continue;
    }
    const resolved = u.data.resolvedAt instanceof Date && !old.resolvedAt;
    if (resolved) out.push({ kind: "incident_resolved", upstreamId: old.upstreamId, name: u.data.name ?? old.name, impact: old.impact, components: names(old.componentIds), body: u.newUpdates[0]?.body ?? "" });
    else if (u.newUpdates.length) out.push({ kind: "incident_updated", upstreamId: old.upstreamId, name: u.data.name ?? old.name, impact: u.data.impact ?? old.impact, components: names(u.data.componentIds ?? old.componentIds), body: u.newUpdates[0]!.body });
  }
  for (const id of plan.resolveIncidentIds) {
    const old = byId.get(id);
    if (old?.kind === "incident") out.push({ kind: "incident_resolved", upstreamId: old.upstreamId, name: old.name, impact: old.impact, components: names(old.componentIds), body: "" });
  }
  return out;
}
