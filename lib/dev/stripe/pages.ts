import type Stripe from "stripe";
import { parseForm, str } from "./form";
import type { Billing } from "./lifecycle";
import { periodEnd } from "./objects-billing";
import { every, money } from "./objects-catalog";
import { automatic, type State } from "./state";
import { escapeXml } from "../../sources/text";

/**
 * The pages Stripe hosts: Checkout (/checkout/:id) and the customer portal (/portal/:id). No card
 * form — pressing the button is the customer paying. Plain forms, so a test can drive them with
 * fetch and a person can click through the offline demo.
 */
export interface PageResponse { status: number; headers: Record<string, string>; body: string }

const day = (ts: number | null) => (ts === null ? "—" : new Date(ts * 1000).toISOString().slice(0, 10));
const redirect = (location: string): PageResponse => ({ status: 303, headers: { location }, body: "" });

function page(status: number, title: string, inner: string): PageResponse {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeXml(title)}</title><style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1a1f36}
.note{color:#697386;font-size:.9rem}button{background:#635bff;color:#fff;border:0;border-radius:6px;padding:.6rem 1.2rem;font-size:1rem;cursor:pointer}
input{padding:.5rem;font-size:1rem;width:100%;box-sizing:border-box;margin:.3rem 0 1rem}li{margin:.6rem 0}</style></head>
<body><p class="note">Stripe stand-in (test mode)</p><h1>${escapeXml(title)}</h1>${inner}</body></html>`;
  return { status, headers: { "content-type": "text/html; charset=utf-8" }, body };
}

function checkoutPage(state: State, s: Stripe.Checkout.Session): PageResponse {
  if (s.status === "complete") {
    const back = s.success_url ? `<p><a href="${escapeXml(s.success_url.replaceAll("{CHECKOUT_SESSION_ID}", s.id))}">Continue</a></p>` : "";
    return page(200, "Checkout complete", `<p>This checkout session is complete.</p>${back}`);
  }
  if (s.status !== "open") return page(410, "Checkout expired", "<p>This checkout session has expired.</p>");
  const plan = state.sessionPlans.get(s.id)!;
  const trialDays = plan.trialDays ?? (plan.trialEnd ? Math.ceil((plan.trialEnd - state.now()) / 86_400) : 0);
  const items = plan.lines.map((l) => {
    const price = state.prices.get(l.price)!;
    const name = state.products.get(price.product as string)?.name ?? price.id;
    return `<li><strong>${escapeXml(name)}</strong> — ${escapeXml(money(price.unit_amount, price.currency))} / ${escapeXml(every(price))}${l.quantity > 1 ? ` × ${l.quantity}` : ""}</li>`;
  });
  const email = plan.needsEmail
    ? `<label>Email<input type="email" name="email" required value="customer@example.com"></label>`
    : `<p class="note">${escapeXml(s.customer_email ?? state.customers.get(s.customer as string)?.email ?? "")}</p>`;
  const cancel = s.cancel_url ? ` <a href="${escapeXml(s.cancel_url)}">Cancel</a>` : "";
  return page(200, trialDays > 0 ? `Try free for ${trialDays} days` : "Subscribe", `<ul>${items.join("")}</ul>
${trialDays > 0 ? `<p>Nothing is charged today. Billing starts after the trial.</p>` : ""}
<form method="post" action="/checkout/${escapeXml(s.id)}/complete">${email}<button type="submit">${trialDays > 0 ? "Start trial" : "Subscribe"}</button>${cancel}</form>`);
}

function portalPage(state: State, portal: Stripe.BillingPortal.Session): PageResponse {
  const cust = state.customers.get(portal.customer);
  const subs = [...state.subscriptions.values()].filter((s) => s.customer === portal.customer && s.status !== "canceled");
  const rows = subs.map((s) => {
    const item = s.items.data[0]!;
    const name = state.products.get(item.price.product as string)?.name ?? item.price.id;
    const when = s.cancel_at_period_end ? `Cancels on ${day(s.cancel_at)}` : s.status === "trialing" ? `Trial ends ${day(s.trial_end)}` : `Renews ${day(periodEnd(s))}`;
    const action = s.cancel_at_period_end ? "renew" : "cancel";
    return `<li><strong>${escapeXml(name)}</strong> — ${escapeXml(money(item.price.unit_amount, item.price.currency))} / ${escapeXml(every(item.price))} · ${escapeXml(s.status)} · ${when}
<form method="post" action="/portal/${escapeXml(portal.id)}/${action}"><input type="hidden" name="subscription" value="${escapeXml(s.id)}"><button type="submit">${action === "cancel" ? "Cancel subscription" : "Don't cancel"}</button></form></li>`;
  });
  const back = portal.return_url ? `<p><a href="${escapeXml(portal.return_url)}">Return to the app</a></p>` : "";
  return page(200, "Manage billing", `<p class="note">${escapeXml(cust?.email ?? portal.customer)}</p>
${rows.length ? `<ul>${rows.join("")}</ul>` : "<p>No active subscriptions.</p>"}${back}`);
}

/** Serves /checkout/… and /portal/…; null when the path is not one of these pages. */
export function handlePage(state: State, billing: Billing, method: string, path: string, body: string): PageResponse | null {
  const m = /^\/(checkout|portal)\/([^/]+)(?:\/(complete|cancel|renew))?\/?$/.exec(path);
  if (!m) return null;
  const [, kind, id, action] = m as unknown as [string, string, string, string | undefined];
  billing.tick();
  if (kind === "checkout") {
    const s = state.sessions.get(id);
    if (!s) return page(404, "Not found", "<p>No such checkout session.</p>");
    if (method === "GET" && !action) return checkoutPage(state, s);
    if (method !== "POST" || action !== "complete") return page(405, "Method not allowed", "");
    if (s.status === "expired") return checkoutPage(state, s);
    billing.completeCheckout(id, automatic, str(parseForm(body), "email") || undefined);
    return redirect(s.success_url ? s.success_url.replaceAll("{CHECKOUT_SESSION_ID}", s.id) : `/checkout/${s.id}`);
  }
  const portal = state.portals.get(id);
  if (!portal) return page(404, "Not found", "<p>No such portal session.</p>");
  if (method === "GET" && !action) return portalPage(state, portal);
  if (method !== "POST" || (action !== "cancel" && action !== "renew")) return page(405, "Method not allowed", "");
  const sub = state.subscriptions.get(str(parseForm(body), "subscription") ?? "");
  if (!sub || sub.customer !== portal.customer || sub.status === "canceled") return page(400, "Not allowed", "<p>That subscription cannot be changed here.</p>");
  // The portal's default: cancel at the end of the period (or trial), not immediately.
  billing.update(sub, automatic, (now) => billing.setCancelAtPeriodEnd(sub, action === "cancel", now));
  return redirect(`/portal/${portal.id}`);
}
