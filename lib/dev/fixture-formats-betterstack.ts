import { COMPONENT_SEVERITY, componentsOf, iso, itemsOf, jsonPayload, latestAt, owner, routeSeverity, stableId, type Payload, type Route, type Severity } from "./fixture-items";

// Better Stack /index.json (JSON:API): the page with its aggregate_state, and `included` entities:
// one section, a resource per component, a status report per incident (resolved ones keep their
// ends_at, as Better Stack lists recent history too) and a status update per incident update.
// Better Stack has no "partial" word: partial outages show as degraded, major ones as downtime.

const STATE: Record<Severity, string> = { none: "operational", maintenance: "maintenance", minor: "degraded", major: "degraded", critical: "downtime" };
const num = (seed: string) => stableId(seed, 6).replace(/^0/, "1");

export function renderBetterstack(route: Route, path: string): Payload | undefined {
  if (path !== route.path) return undefined;
  const pageId = num(route.host), sectionId = num(`${route.host}/section`);
  const resourceId = (name: string) => num(`${route.host}/resource/${name}`);
  const components = componentsOf(route);
  const items = itemsOf(route).filter((i) => i.severity !== "maintenance");
  const resources = components.map((c, position) => ({
    id: resourceId(c.name), type: "status_page_resource",
    attributes: {
      status_page_section_id: Number(sectionId), resource_id: Number(num(`${c.name}/monitor`)), resource_type: "Monitor", public_name: c.name,
      explanation: null, position, availability: c.status === "operational" ? 1 : 0.99, status: STATE[COMPONENT_SEVERITY[c.status]], status_history: [],
    },
  }));
  const reports = items.map((i) => {
    const updateIds = i.updates.map((_, k) => num(`${route.host}/${i.id}/update/${i.updates.length - k}`));
    return {
      report: {
        id: num(`${route.host}/${i.id}`), type: "status_report",
        attributes: {
          title: i.name, report_type: "manual", starts_at: iso(i.createdAt), ends_at: iso(i.resolvedAt), aggregate_state: STATE[i.severity],
          affected_resources: i.components.map((name) => ({ status_page_resource_id: resourceId(name), status: STATE[i.severity] })),
        },
        relationships: { status_updates: { data: updateIds.map((id) => ({ id, type: "status_update" })) } },
      },
      updates: i.updates.map((u, k) => ({
        id: updateIds[k]!, type: "status_update",
        attributes: { message: u.body, published_at: iso(u.at), notify_subscribers: true, affected_resources: [] },
      })),
    };
  });
  const body = {
    data: {
      id: pageId, type: "status_page",
      attributes: {
        company_name: owner(route).svc.name, company_url: `https://${route.host}`, timezone: "UTC", subdomain: route.host.split(".")[0],
        aggregate_state: STATE[routeSeverity(route, items)], created_at: "2024-03-01T10:00:00.000Z", updated_at: iso(latestAt(route)),
      },
      relationships: {
        sections: { data: [{ id: sectionId, type: "status_page_section" }] },
        resources: { data: resources.map((r) => ({ id: r.id, type: r.type })) },
        status_reports: { data: reports.map((r) => ({ id: r.report.id, type: r.report.type })) },
      },
    },
    included: [
      { id: sectionId, type: "status_page_section", attributes: { name: "Services", position: 0 } },
      ...resources, ...reports.flatMap((r) => [r.report, ...r.updates]),
    ],
  };
  return jsonPayload(body, { data: { id: pageId, type: "status_page" } });
}
