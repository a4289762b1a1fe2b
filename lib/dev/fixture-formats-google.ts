import { itemsOf, jsonPayload, scopeOf, stableId, type Item, type Payload, type Route, type Severity } from "./fixture-items";

// Google's incidents.json (Workspace, Cloud, Firebase): a plain array, the whole archive, newest
// first. An open incident has no `end` key; a resolved one keeps its `end` and a last update
// whose status is AVAILABLE. Components are Google "products", matched by id, never by name.

const IMPACT: Record<Severity, string> = {
  none: "SERVICE_INFORMATION", maintenance: "SERVICE_INFORMATION", minor: "SERVICE_INFORMATION", major: "SERVICE_DISRUPTION", critical: "SERVICE_OUTAGE",
};
const SEVERITY: Record<Severity, string> = { none: "low", maintenance: "low", minor: "low", major: "medium", critical: "high" };
const ID = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Real product ids where we know them (from captured payloads), else a stable made-up one. */
const KNOWN_PRODUCTS: Record<string, string> = {
  Gmail: "NL7wfDpKThu8ue1cLk2f", "Google Chat": "jY2wTn7RmB4vL9cQ1kXs", "Google Meet": "bF3xQm8VzN1pL6cT4wKr",
  "Google Calendar": "Wc3xLp9TnQ2vR5mB8kYd", Authentication: "ty3hXb5oCnqmDg9ZcU2N",
};
export const productId = (title: string) => KNOWN_PRODUCTS[title] ?? stableId(`product/${title}`, 20, ID);
/** Google writes offsets as +00:00 and drops the milliseconds. */
const time = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "+00:00");

function incidentJson(i: Item) {
  const products = scopeOf(i).map((title) => ({ title, id: productId(title) }));
  const statusAt = (k: number) => (k === 0 && !i.open ? "AVAILABLE" : IMPACT[i.severity]);
  const updates = i.updates.map((u, k) => ({
    created: time(u.at), modified: time(u.at), when: time(u.at), text: u.body, status: statusAt(k), affected_locations: [],
  }));
  const id = stableId(`incident/${i.member.svc.slug}/${i.id}`, 20, ID);
  return {
    id, number: stableId(`number/${i.id}`, 19).replace(/^0/, "1"),
    begin: time(i.createdAt), created: time(i.createdAt),
    ...(i.resolvedAt ? { end: time(i.resolvedAt) } : {}),
    modified: time(i.updatedAt),
    external_desc: i.name,
    updates, most_recent_update: updates[0] ?? null,
    status_impact: IMPACT[i.severity], severity: SEVERITY[i.severity],
    service_key: products[0]!.id, service_name: products[0]!.title, affected_products: products,
    currently_affected_locations: [], previously_affected_locations: [],
    uri: `incidents/${id}`,
  };
}

export function renderGoogle(route: Route, path: string): Payload | undefined {
  if (path !== route.path) return undefined;
  // Google has no maintenance notion on these dashboards; a component under maintenance is not listed.
  const items = itemsOf(route, { synthesize: true }).filter((i) => i.severity !== "maintenance");
  return jsonPayload(items.map(incidentJson), { incidents: [] }, "application/json");
}
