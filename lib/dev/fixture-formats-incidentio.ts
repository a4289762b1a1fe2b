import { COMPONENT_SEVERITY, componentsOf, iso, itemsOf, jsonPayload, owner, stableId, type Item, type Payload, type Route, type Severity } from "./fixture-items";

// incident.io status pages, both shapes: the documented widget API (GET /api/v1/summary, only
// ongoing incidents and maintenances, no component list) and the /proxy/<host> payload the page
// itself loads (components, their current impact, the structure). Neither lists resolved items.

const IMPACT: Record<Severity, string> = {
  none: "degraded_performance", maintenance: "under_maintenance", minor: "degraded_performance", major: "partial_outage", critical: "full_outage",
};
const ULID = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const ulid = (seed: string) => `01K${stableId(seed, 23, ULID)}`;
const componentId = (route: Route, name: string) => `01H${stableId(`${route.host}/${name}`, 23, ULID)}`;

function incidentJson(route: Route, i: Item) {
  const last = i.updates[0];
  return {
    id: ulid(`${route.host}/${i.id}`), name: i.name, status: i.status, url: `https://${route.host}/incidents/${ulid(`${route.host}/${i.id}`)}`,
    started_at: iso(i.createdAt), last_update_at: iso(last?.at ?? i.updatedAt), last_update_message: last?.body ?? "",
    current_worst_impact: IMPACT[i.severity],
    affected_components: i.components.map((name) => ({ id: componentId(route, name), name, group_name: null })),
  };
}

function maintenanceJson(route: Route, i: Item) {
  const end = new Date(i.createdAt.getTime() + 2 * 3600_000);
  return {
    ...incidentJson(route, i), status: "maintenance_in_progress", started_at: iso(i.createdAt), scheduled_end_at: iso(end),
  };
}

/** The documented widget API: ongoing items only; the components it names are the affected ones. */
function widget(route: Route) {
  const open = itemsOf(route, { synthesize: true }).filter((i) => i.open);
  return {
    page_title: owner(route).svc.name, page_url: `https://${route.host}`,
    ongoing_incidents: open.filter((i) => i.severity !== "maintenance").map((i) => incidentJson(route, i)),
    in_progress_maintenances: open.filter((i) => i.severity === "maintenance").map((i) => maintenanceJson(route, i)),
    scheduled_maintenances: [],
  };
}

/** The page's own payload: every component, and an impact for each one not operational. */
function proxy(route: Route) {
  const components = componentsOf(route);
  const open = itemsOf(route).filter((i) => i.open);
  return {
    summary: {
      id: ulid(route.host), name: owner(route).svc.name, subpath: route.host,
      components: components.map((c) => ({ id: componentId(route, c.name), name: c.name })),
      affected_components: components.filter((c) => c.status !== "operational")
        .map((c) => ({ component_id: componentId(route, c.name), status: IMPACT[COMPONENT_SEVERITY[c.status]] })),
      ongoing_incidents: open.filter((i) => i.severity !== "maintenance").map((i) => ({
        ...incidentJson(route, i), affected_components: i.components.map((name) => ({ component_id: componentId(route, name) })),
      })),
      scheduled_maintenances: [],
      structure: { items: components.map((c) => ({ component: { component_id: componentId(route, c.name), name: c.name, hidden: false } })) },
    },
  };
}

export function renderIncidentio(route: Route, path: string): Payload | undefined {
  if (path.startsWith("/proxy/")) return jsonPayload(proxy(route), { summary: {} });
  if (path === "/api/v1/summary" || path === route.path) return jsonPayload(widget(route), { page_title: owner(route).svc.name });
  return undefined;
}
