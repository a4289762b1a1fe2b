import { jsonPayload, type Payload, type Route } from "./fixture-items";
import type { FixtureService } from "./fixture-state";

// Renders fixture state in Atlassian Statuspage v2 wire format (summary.json, incidents.json,
// status.json), as status.workos.com and other Statuspage hosts serve it. Their history.atom is
// in fixture-formats-feed.ts.

const INDICATOR: Record<string, string> = { operational: "none", under_maintenance: "maintenance", degraded_performance: "minor", partial_outage: "major", major_outage: "critical" };
const DESCRIPTION: Record<string, string> = { none: "All Systems Operational", minor: "Minor Service Outage", major: "Partial System Outage", critical: "Major System Outage", maintenance: "Service Under Maintenance" };

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const idOf = (svc: FixtureService, name: string) => `${svc.slug}-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

function componentsJson(svc: FixtureService) {
  return [...svc.components].map(([name, status], position) => ({
    id: idOf(svc, name), name, status, created_at: "2024-01-01T00:00:00.000Z", updated_at: iso(svc.updatedAt),
    position: position + 1, description: null, showcase: true, start_date: null, group_id: null, page_id: svc.slug, group: false, only_show_if_degraded: false,
  }));
}

function incidentJson(svc: FixtureService, i: FixtureService["incidents"][number]) {
  const comps = i.components.map((name) => ({ id: idOf(svc, name), name, status: svc.components.get(name) ?? "operational" }));
  return {
    id: i.id, name: i.name, status: i.status, impact: i.impact,
    created_at: iso(i.createdAt), updated_at: iso(i.updates[0]?.at ?? i.createdAt), monitoring_at: null,
    resolved_at: iso(i.resolvedAt), started_at: iso(i.createdAt), page_id: svc.slug,
    shortlink: `https://stspg.io/${i.id}`,
    incident_updates: i.updates.map((u, n) => ({
      id: `${i.id}-u${i.updates.length - n}`, status: u.status, body: u.body, incident_id: i.id,
      created_at: iso(u.at), updated_at: iso(u.at), display_at: iso(u.at),
      affected_components: comps.map((c) => ({ code: c.id, name: c.name, old_status: "operational", new_status: c.status })),
    })),
    components: comps,
  };
}

const LEVELS = ["none", "maintenance", "minor", "major", "critical"];
const higher = (a: string, b: string) => (LEVELS.indexOf(b) > LEVELS.indexOf(a) ? b : a);

export function statuspageSummary(svc: FixtureService) {
  const open = svc.incidents.filter((i) => !i.resolvedAt);
  // The page indicator is the worst of its components and its open incidents' impact.
  const indicator = [...[...svc.components.values()].map((c) => INDICATOR[c] ?? "none"), ...open.map((i) => i.impact)].reduce(higher, "none");
  return {
    page: { id: svc.slug, name: svc.name, url: `https://${svc.host}`, time_zone: "Etc/UTC", updated_at: iso(svc.updatedAt) },
    status: { indicator, description: DESCRIPTION[indicator] },
    components: componentsJson(svc),
    incidents: open.map((i) => incidentJson(svc, i)),
    scheduled_maintenances: [],
  };
}

export function statuspageIncidents(svc: FixtureService) {
  const { page } = statuspageSummary(svc);
  return { page, incidents: svc.incidents.slice(0, 50).map((i) => incidentJson(svc, i)) };
}

export function statuspageStatus(svc: FixtureService) {
  const { page, status } = statuspageSummary(svc);
  return { page, status };
}

/** One page for the services behind a host: usually one; several share a page's components and incidents. */
export function pageService(route: Route): FixtureService {
  const [first, ...rest] = route.members.map((m) => m.svc);
  if (!rest.length) return first!;
  const all = [first!, ...rest];
  return {
    ...first!, components: new Map(all.flatMap((s) => [...s.components])),
    incidents: all.flatMap((s) => s.incidents).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()),
    updatedAt: new Date(Math.max(...all.map((s) => s.updatedAt.getTime()))),
  };
}

export function renderStatuspage(route: Route, path: string): Payload | undefined {
  const svc = pageService(route);
  const missing = { page: { name: "x" } };
  if (path === "/api/v2/summary.json") return jsonPayload(statuspageSummary(svc), missing);
  if (path === "/api/v2/incidents.json") return jsonPayload(statuspageIncidents(svc), missing);
  if (path === "/api/v2/status.json") return jsonPayload(statuspageStatus(svc), missing);
  return undefined;
}
