import { COMPONENT_SEVERITY, componentsOf, itemsOf, jsonPayload, latestAt, routeSeverity, slugify, type Payload, type Route, type Severity } from "./fixture-items";

// status.stripe.com/current: one word for the platform and one per product (up / degraded /
// down), a one-line message and a time without a year. No incidents: their names become the
// message. Stripe has no maintenance word; a product under maintenance still reads "up".

const WORD: Record<Severity, string> = { none: "up", maintenance: "up", minor: "degraded", major: "degraded", critical: "down" };
/** Stripe's keys for the products it names; other components get a key from their name. */
const KEYS: Record<string, string> = {
  API: "api", Dashboard: "dashboard", "Stripe.js": "stripejs", "Checkout.js": "checkoutjs", Webhooks: "webhooks", Emails: "emails",
};
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "July 21, 4:00 +0:00", as Stripe writes it. */
export function stripeTime(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, "0")} +0:00`;
}

export function renderStripe(route: Route, path: string): Payload | undefined {
  if (path !== route.path) return undefined;
  const items = itemsOf(route);
  const open = items.filter((i) => i.open);
  const statuses = Object.fromEntries(componentsOf(route).map((c) => [KEYS[c.name] ?? slugify(c.name).replace(/-/g, ""), WORD[COMPONENT_SEVERITY[c.status]]]));
  const largestatus = WORD[routeSeverity(route, items)];
  const message = open.length ? open.map((i) => i.name).join("; ") : largestatus === "up" ? "All systems operational" : "Some systems are affected";
  return jsonPayload({ largestatus, message, time: stripeTime(latestAt(route)), statuses }, { message }, "application/json");
}
