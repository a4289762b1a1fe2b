import type { NormalizedComponent, NormalizedIncident, NormalizedMaintenance, NormalizedStatus } from "../sources/model";

// Pure: what must be written to bring stored components and incidents in line with one parsed
// snapshot. An unchanged snapshot yields an empty plan, so an unchanged poll writes nothing.

export interface StoredComponent { id: string; upstreamId: string; name: string; group: string | null; state: string; position: number }
export interface StoredIncident {
  id: string; upstreamId: string; kind: string; name: string; status: string; impact: string; url: string | null;
  componentIds: string[]; resolvedAt: Date | null; scheduledFor: Date | null; scheduledUntil: Date | null;
  updates: { at: Date; status: string }[];
}

export interface IncidentRow {
  upstreamId: string; kind: "incident" | "maintenance"; name: string; status: string; impact: string; url: string | null;
  componentIds: string[]; startedAt: Date; resolvedAt: Date | null; scheduledFor: Date | null; scheduledUntil: Date | null;
}

export interface SnapshotPlan {
  createComponents: (Omit<StoredComponent, "id">)[];
  updateComponents: { id: string; data: Omit<StoredComponent, "id" | "upstreamId">; stateChanged: boolean }[];
  deleteComponentIds: string[];
  createIncidents: (IncidentRow & { updates: { at: Date; status: string; body: string }[] })[];
  updateIncidents: { id: string; data: Partial<IncidentRow>; newUpdates: { at: Date; status: string; body: string }[] }[];
  /** Open incidents that vanished from a source listing only open ones: resolved now. */
  resolveIncidentIds: string[];
}

export const isEmptyPlan = (p: SnapshotPlan) =>
  !p.createComponents.length && !p.updateComponents.length && !p.deleteComponentIds.length &&
  !p.createIncidents.length && !p.updateIncidents.length && !p.resolveIncidentIds.length;

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function incidentRow(i: NormalizedIncident): IncidentRow {
  return { upstreamId: i.upstreamId, kind: "incident", name: i.name, status: i.status, impact: i.impact, url: i.url, componentIds: [...i.componentIds].sort(), startedAt: i.startedAt, resolvedAt: i.resolvedAt, scheduledFor: null, scheduledUntil: null };
}

function maintenanceRow(m: NormalizedMaintenance, now: Date): IncidentRow {
  return {
    upstreamId: m.upstreamId, kind: "maintenance", name: m.name, status: m.status, impact: "maintenance", url: m.url, componentIds: [],
    startedAt: m.scheduledFor ?? now, resolvedAt: m.status === "completed" ? (m.scheduledUntil ?? now) : null,
    scheduledFor: m.scheduledFor, scheduledUntil: m.scheduledUntil,
  };
}

function diffComponents(stored: StoredComponent[], next: NormalizedComponent[]) {
  const byId = new Map(stored.map((c) => [c.upstreamId, c]));
  const plan = { createComponents: [] as SnapshotPlan["createComponents"], updateComponents: [] as SnapshotPlan["updateComponents"] };
  next.forEach((c, position) => {
    const row = { name: c.name, group: c.group, state: c.state, position };
    const old = byId.get(c.upstreamId);
    byId.delete(c.upstreamId);
    if (!old) plan.createComponents.push({ upstreamId: c.upstreamId, ...row });
    else if (old.name !== row.name || old.group !== row.group || old.state !== row.state || old.position !== row.position) {
      plan.updateComponents.push({ id: old.id, data: row, stateChanged: old.state !== row.state });
    }
  });
  return { ...plan, deleteComponentIds: [...byId.values()].map((c) => c.id) };
}

export function diffSnapshot(stored: { components: StoredComponent[]; incidents: StoredIncident[] }, next: NormalizedStatus, now: Date): SnapshotPlan {
  const plan: SnapshotPlan = { ...diffComponents(stored.components, next.components), createIncidents: [], updateIncidents: [], resolveIncidentIds: [] };
  const byId = new Map(stored.incidents.map((i) => [`${i.kind}:${i.upstreamId}`, i]));
  const seen = new Set<string>();
  const rows = [
    ...next.incidents.map((i) => ({ row: incidentRow(i), updates: i.updates })),
    ...next.maintenances.map((m) => ({ row: maintenanceRow(m, now), updates: [] })),
  ];
  for (const { row, updates } of rows) {
    const key = `${row.kind}:${row.upstreamId}`;
    if (seen.has(key)) continue; // a feed may list one incident twice
    seen.add(key);
    const old = byId.get(key);
    if (!old) {
      plan.createIncidents.push({ ...row, updates: dedupeUpdates(updates) });
      continue;
    }
    const known = new Set(old.updates.map((u) => `${u.at.getTime()}|${u.status}`));
    const newUpdates = dedupeUpdates(updates).filter((u) => !known.has(`${u.at.getTime()}|${u.status}`));
    const data: Partial<IncidentRow> = {};
    if (old.name !== row.name) data.name = row.name;
    if (old.status !== row.status) data.status = row.status;
    if (old.impact !== row.impact) data.impact = row.impact;
    if (old.url !== row.url) data.url = row.url;
    if (!sameList(old.componentIds, row.componentIds)) data.componentIds = row.componentIds;
    if (!sameTime(old.resolvedAt, row.resolvedAt)) data.resolvedAt = row.resolvedAt;
    if (!sameTime(old.scheduledFor, row.scheduledFor)) data.scheduledFor = row.scheduledFor;
    if (!sameTime(old.scheduledUntil, row.scheduledUntil)) data.scheduledUntil = row.scheduledUntil;
    if (Object.keys(data).length || newUpdates.length) plan.updateIncidents.push({ id: old.id, data, newUpdates });
  }
  // Sources list only open incidents: one we hold open that is no longer listed has ended.
  for (const old of stored.incidents) {
    if (!old.resolvedAt && !seen.has(`${old.kind}:${old.upstreamId}`)) plan.resolveIncidentIds.push(old.id);
  }
  return plan;
}

function dedupeUpdates(updates: { at: Date; status: string; body: string }[]) {
  const seen = new Set<string>();
  return updates.filter((u) => {
    const key = `${u.at.getTime()}|${u.status}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
