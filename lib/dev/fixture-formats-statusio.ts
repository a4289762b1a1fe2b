import { COMPONENT_SEVERITY, componentsOf, iso, itemsOf, jsonPayload, latestAt, routeSeverity, stableId, type Payload, type Route, type Severity } from "./fixture-items";

// status.io public API GET /1.0/status/<page_id> (GitLab, Neon): numeric status codes with labels
// per component (containers roll up into it) and overall, and the active incidents, each with
// its messages (state = lifecycle stage, status = severity code). Resolved incidents leave it.

const CODE: Record<Severity, number> = { none: 100, maintenance: 200, minor: 300, major: 400, critical: 500 };
const LABEL: Record<number, string> = {
  100: "Operational", 200: "Planned Maintenance", 300: "Degraded Performance", 400: "Partial Service Disruption", 500: "Service Disruption",
};
const STAGE: Record<string, number> = { investigating: 100, identified: 200, monitoring: 300, resolved: 400, postmortem: 400 };
const objectId = (seed: string) => stableId(seed, 24, "0123456789abcdef");

export function renderStatusio(route: Route, path: string): Payload | undefined {
  if (path !== route.path) return undefined;
  const updated = iso(latestAt(route));
  // A real page puts each component in at least one container (its hosting region).
  const container = { id: objectId(`${route.path}/container`), name: "Primary" };
  const items = itemsOf(route);
  const open = items.filter((i) => i.open);
  const overall = CODE[routeSeverity(route, items)];
  const body = {
    result: {
      status_overall: { updated, status: LABEL[overall], status_code: overall },
      status: componentsOf(route).map((c) => {
        const code = CODE[COMPONENT_SEVERITY[c.status]];
        return {
          id: objectId(`${route.path}/${c.name}`), name: c.name, updated, status: LABEL[code], status_code: code,
          containers: [{ ...container, updated, status: LABEL[code], status_code: code }],
        };
      }),
      incidents: open.map((i) => ({
        _id: objectId(`${route.path}/incident/${i.id}`), name: i.name, datetime_open: iso(i.createdAt),
        // Oldest first, as status.io lists them; each carries the severity at the time (today's, here).
        messages: [...i.updates].reverse().map((u, k) => ({
          _id: objectId(`${route.path}/incident/${i.id}/${k}`), details: u.body, state: STAGE[u.status] ?? 100, status: CODE[i.severity], datetime: iso(u.at),
        })),
        components_affected: i.components.map((name) => ({ _id: objectId(`${route.path}/${name}`), name })),
        containers_affected: i.components.length ? [{ _id: container.id, name: container.name }] : [],
      })),
      maintenance: { active: [], upcoming: [] },
    },
  };
  return jsonPayload(body, { result: { status: [] } });
}
