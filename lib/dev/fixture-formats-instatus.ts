import { componentsOf, itemsOf, jsonPayload, owner, stableId, type Payload, type Route, type Severity } from "./fixture-items";
import type { ComponentStatus } from "./fixture-state";

// Instatus /summary.json (status.stytch.com, descopestatus.com): a page word UP / HASISSUES /
// UNDERMAINTENANCE, the active incidents and maintenances, and the components. Component status
// and incident impact share one upper-case vocabulary. Resolved incidents leave the list.

const COMPONENT: Record<ComponentStatus, string> = {
  operational: "OPERATIONAL", degraded_performance: "DEGRADEDPERFORMANCE", partial_outage: "PARTIALOUTAGE",
  major_outage: "MAJOROUTAGE", under_maintenance: "UNDERMAINTENANCE",
};
const IMPACT: Record<Severity, string> = {
  none: "OPERATIONAL", maintenance: "UNDERMAINTENANCE", minor: "MINOROUTAGE", major: "PARTIALOUTAGE", critical: "MAJOROUTAGE",
};
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** Instatus writes dates as JavaScript's Date#toString() on a UTC server, as its docs show. */
export function jsDateString(d: Date): string {
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${d.getUTCFullYear()} ${time} GMT+0000 (Coordinated Universal Time)`;
}

const cuid = (seed: string) => `c${stableId(seed, 24, "0123456789abcdefghijklmnopqrstuvwxyz")}`;

export function renderInstatus(route: Route, path: string): Payload | undefined {
  if (path !== route.path) return undefined;
  const components = componentsOf(route);
  const open = itemsOf(route).filter((i) => i.open);
  const incidents = open.filter((i) => i.severity !== "maintenance");
  const maintenances = open.filter((i) => i.severity === "maintenance");
  const broken = components.some((c) => c.status !== "operational" && c.status !== "under_maintenance");
  const underMaintenance = maintenances.length > 0 || components.some((c) => c.status === "under_maintenance");
  const status = incidents.length || broken ? "HASISSUES" : underMaintenance ? "UNDERMAINTENANCE" : "UP";
  const url = `https://${route.host}`;
  const body = {
    page: { name: owner(route).svc.name, url, status },
    activeIncidents: incidents.map((i) => ({
      id: cuid(`${route.host}/${i.id}`), name: i.name, started: jsDateString(i.createdAt), status: i.status.toUpperCase(),
      impact: IMPACT[i.severity], url: `${url}/${cuid(`${route.host}/${i.id}`)}`,
    })),
    activeMaintenances: maintenances.map((m) => ({
      id: cuid(`${route.host}/${m.id}`), name: m.name, start: jsDateString(m.createdAt), status: "INPROGRESS", duration: "120", url: `${url}/${cuid(`${route.host}/${m.id}`)}`,
    })),
    components: components.map((c) => ({ id: cuid(`${route.host}/${c.name}`), name: c.name, status: COMPONENT[c.status], group: null })),
  };
  return jsonPayload(body, { activeIncidents: [] });
}
