import { itemsOf, jsonPayload, latestAt, paragraph, stableId, type Item, type Payload, type Route, type Severity } from "./fixture-items";

// Slack's status API GET /api/v2.0.0/current: "ok" with no items, or "active" with the active
// incidents, each typed by kind rather than severity (outage, incident, notice, maintenance) and
// naming the Slack services it affects. Resolved items leave the list.

const TYPE: Record<Severity, string> = { none: "notice", maintenance: "maintenance", minor: "incident", major: "incident", critical: "outage" };
/** Slack writes Pacific time with its offset; a fixed -07:00 is close enough and still exact. */
function pacific(d: Date): string {
  return new Date(d.getTime() - 7 * 3600_000).toISOString().replace(/\.\d{3}Z$/, "-07:00");
}

function incidentJson(i: Item) {
  const month = i.createdAt.toISOString().slice(0, 7);
  return {
    id: Number(stableId(`slack/${i.id}`, 4).replace(/^0/, "1")),
    date_created: pacific(i.createdAt), date_updated: pacific(i.updatedAt),
    title: i.name, type: TYPE[i.severity], status: "active",
    url: `https://slack-status.com/${month}/${stableId(`slack-url/${i.id}`, 16, "0123456789abcdef")}`,
    services: i.components,
    // Oldest first, HTML bodies, as Slack sends its notes.
    notes: [...i.updates].reverse().map((u) => ({ date_created: pacific(u.at), body: paragraph(u.body) })),
  };
}

export function renderSlack(route: Route, path: string): Payload | undefined {
  if (path !== route.path) return undefined;
  const active = itemsOf(route, { synthesize: true }).filter((i) => i.open);
  const at = pacific(latestAt(route));
  const body = { status: active.length ? "active" : "ok", date_created: at, date_updated: at, active_incidents: active.map(incidentJson) };
  return jsonPayload(body, { active_incidents: [] });
}
