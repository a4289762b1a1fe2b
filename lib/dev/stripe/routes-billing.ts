import type Stripe from "stripe";
import { lineItem, type Ctx, type Route } from "./api";
import { ApiError, arr, bool, int, mergeMetadata, missing, obj, str, type Params } from "./form";
import { checkoutSession } from "./objects-billing";
import { portalSession } from "./objects-invoice";
import { list, newId } from "./state";

/** Checkout sessions, subscriptions, invoices, billing portal sessions and events. */

function url(p: Params, key: string): string | null {
  const v = str(p, key);
  if (v === undefined || v === "") return null;
  try {
    new URL(v.replace("{CHECKOUT_SESSION_ID}", "x"));
  } catch {
    throw new ApiError(400, "Not a valid URL", "url_invalid", key);
  }
  return v;
}

function createSession({ state, p }: Ctx): Stripe.Checkout.Session {
  const mode = str(p, "mode");
  if (!mode) throw missing("mode");
  // Alert Pro is a subscription; payment and setup mode are not modelled.
  if (mode !== "subscription") throw new ApiError(400, `The Stripe stand-in only supports mode=subscription (got ${mode}).`, "parameter_invalid_string", "mode");
  const customer = str(p, "customer") || null;
  const email = str(p, "customer_email") || null;
  if (customer && email) throw new ApiError(400, "You may only specify one of these parameters: customer, customer_email.", undefined, "customer");
  if (customer) state.mustGet(state.customers, "customer", customer, "customer");
  const items = arr(p, "line_items");
  if (items.length === 0) throw missing("line_items");
  const lines = items.map((raw, i) => {
    if (typeof raw !== "object" || Array.isArray(raw)) throw new ApiError(400, "Invalid object", "parameter_invalid_object", `line_items[${i}]`);
    const priceId = str(raw, "price", `line_items[${i}][price]`);
    if (!priceId) throw missing(raw.price_data ? `line_items[${i}][price] (price_data is not modelled by the stand-in)` : `line_items[${i}][price]`);
    const price = state.mustGet(state.prices, "price", priceId, `line_items[${i}][price]`);
    return { id: newId("li"), price, quantity: int(raw, "quantity", `line_items[${i}][quantity]`) ?? 1 };
  });
  if (!lines.every((l) => l.price.recurring)) {
    throw new ApiError(400, "You must provide at least one recurring price in `subscription` mode when using prices.", undefined, "line_items");
  }
  const sub = obj(p, "subscription_data") ?? {};
  const trialDays = int(sub, "trial_period_days", "subscription_data[trial_period_days]");
  if (trialDays !== undefined && (trialDays < 1 || trialDays > 730)) {
    throw new ApiError(400, "The trial period must be between 1 and 730 days.", "parameter_invalid_integer", "subscription_data[trial_period_days]");
  }
  const trialEnd = int(sub, "trial_end", "subscription_data[trial_end]");
  if (trialEnd !== undefined && trialEnd <= state.now()) throw new ApiError(400, "subscription_data[trial_end] must be in the future.", undefined, "subscription_data[trial_end]");
  const s = checkoutSession({
    customer, customerEmail: email, lines, trial: trialDays !== undefined || trialEnd !== undefined,
    successUrl: url(p, "success_url"), cancelUrl: url(p, "cancel_url"), clientReferenceId: str(p, "client_reference_id") || null,
    metadata: mergeMetadata({}, p), allowPromotionCodes: bool(p, "allow_promotion_codes") ?? null, baseUrl: state.baseUrl, now: state.now(),
  });
  state.sessions.set(s.id, s);
  state.sessionPlans.set(s.id, {
    lines: lines.map((l) => ({ id: l.id, price: l.price.id, quantity: l.quantity })), trialDays, trialEnd,
    subscriptionMetadata: mergeMetadata({}, sub), subscriptionDescription: str(sub, "description") || null, needsEmail: !customer && !email,
  });
  return s;
}

function listSubscriptions({ state, p }: Ctx) {
  const customer = str(p, "customer");
  const status = str(p, "status");
  const priceId = str(p, "price");
  const subs = [...state.subscriptions.values()].filter((s) =>
    (!customer || s.customer === customer) &&
    (!priceId || s.items.data.some((i) => i.price.id === priceId)) &&
    // Without a status Stripe lists everything but canceled; "ended" means canceled or expired.
    (status === "all" || (status === "ended" ? ["canceled", "incomplete_expired"].includes(s.status) : status ? s.status === status : s.status !== "canceled")));
  return list(subs, "/v1/subscriptions", p);
}

function updateSubscription({ state, billing, p, id, cause }: Ctx) {
  const sub = state.mustGet(state.subscriptions, "subscription", id);
  const flag = bool(p, "cancel_at_period_end");
  if (sub.status === "canceled" && (flag !== undefined || p.description !== undefined)) {
    throw new ApiError(400, "A canceled subscription can only update its cancellation_details and metadata.", undefined, "cancel_at_period_end");
  }
  const details = obj(p, "cancellation_details");
  billing.update(sub, cause, (now) => {
    sub.metadata = mergeMetadata(sub.metadata, p);
    const description = str(p, "description");
    if (description !== undefined) sub.description = description || null;
    if (flag !== undefined) billing.setCancelAtPeriodEnd(sub, flag, now);
    if (details) {
      const base = sub.cancellation_details ?? { comment: null, feedback: null, feedback_option: null, reason: null };
      sub.cancellation_details = { ...base, comment: str(details, "comment") ?? base.comment, feedback: (str(details, "feedback") as Stripe.Subscription.CancellationDetails.Feedback | undefined) ?? base.feedback };
    }
  });
  return sub;
}

export const billingRoutes: Route[] = [
  { method: "POST", pattern: /^\/v1\/checkout\/sessions$/, accepts: ["mode", "customer", "customer_email", "line_items", "subscription_data", "success_url", "cancel_url", "client_reference_id", "metadata", "allow_promotion_codes"], handle: createSession },
  { method: "GET", pattern: /^\/v1\/checkout\/sessions$/, accepts: ["customer", "subscription", "status"], handle: ({ state, p }) => {
    const [customer, subscription, status] = [str(p, "customer"), str(p, "subscription"), str(p, "status")];
    return list([...state.sessions.values()].filter((s) => (!customer || s.customer === customer) && (!subscription || s.subscription === subscription) && (!status || s.status === status)), "/v1/checkout/sessions", p);
  } },
  { method: "GET", pattern: /^\/v1\/checkout\/sessions\/([^/]+)$/, accepts: [], handle: ({ state, id }) => state.mustGet(state.sessions, "checkout.session", id) },
  { method: "GET", pattern: /^\/v1\/checkout\/sessions\/([^/]+)\/line_items$/, accepts: [], handle: ({ state, id, p }) => {
    state.mustGet(state.sessions, "checkout.session", id);
    return list(state.sessionPlans.get(id)!.lines.map((l) => lineItem(state, l)), `/v1/checkout/sessions/${id}/line_items`, p, false);
  } },
  { method: "POST", pattern: /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/, accepts: [], handle: ({ state, hooks, id, cause }) => {
    const s = state.mustGet(state.sessions, "checkout.session", id);
    if (s.status !== "open") throw new ApiError(400, `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${s.status}".`, undefined, "session");
    Object.assign(s, { status: "expired", url: null } satisfies Partial<Stripe.Checkout.Session>);
    hooks.emit("checkout.session.expired", s, cause);
    return s;
  } },
  { method: "GET", pattern: /^\/v1\/subscriptions$/, accepts: ["customer", "status", "price"], handle: listSubscriptions },
  { method: "GET", pattern: /^\/v1\/subscriptions\/([^/]+)$/, accepts: [], handle: ({ state, id }) => state.mustGet(state.subscriptions, "subscription", id) },
  { method: "POST", pattern: /^\/v1\/subscriptions\/([^/]+)$/, accepts: ["cancel_at_period_end", "metadata", "description", "cancellation_details"], handle: updateSubscription },
  { method: "DELETE", pattern: /^\/v1\/subscriptions\/([^/]+)$/, accepts: ["invoice_now", "prorate", "cancellation_details"], handle: ({ state, billing, id, cause }) => {
    const sub = state.mustGet(state.subscriptions, "subscription", id);
    billing.cancelNow(sub, cause);
    return sub;
  } },
  { method: "GET", pattern: /^\/v1\/invoices$/, accepts: ["customer", "subscription", "status"], handle: ({ state, p }) => {
    const [customer, subscription, status] = [str(p, "customer"), str(p, "subscription"), str(p, "status")];
    return list([...state.invoices.values()].filter((i) => (!customer || i.customer === customer) && (!subscription || i.parent?.subscription_details?.subscription === subscription) && (!status || i.status === status)), "/v1/invoices", p);
  } },
  { method: "GET", pattern: /^\/v1\/invoices\/([^/]+)$/, accepts: [], handle: ({ state, id }) => state.mustGet(state.invoices, "invoice", id) },
  { method: "POST", pattern: /^\/v1\/billing_portal\/sessions$/, accepts: ["customer", "return_url"], handle: ({ state, p }) => {
    const customer = str(p, "customer");
    if (!customer) throw missing("customer");
    state.mustGet(state.customers, "customer", customer, "customer");
    const s = portalSession({ customer, returnUrl: url(p, "return_url"), baseUrl: state.baseUrl, now: state.now() });
    state.portals.set(s.id, s);
    return s;
  } },
  { method: "GET", pattern: /^\/v1\/events$/, accepts: ["type", "types"], handle: ({ state, p }) => {
    const types = [str(p, "type"), ...arr(p, "types")].filter((t): t is string => typeof t === "string" && t !== "");
    // "customer.subscription.*" style wildcards, as Stripe allows for `type`.
    const match = (t: string) => types.length === 0 || types.some((w) => (w.endsWith("*") ? t.startsWith(w.slice(0, -1)) : t === w));
    return list(state.events.filter((e) => match(e.type)), "/v1/events", p);
  } },
  { method: "GET", pattern: /^\/v1\/events\/([^/]+)$/, accepts: [], handle: ({ state, id }) => state.mustGet(new Map(state.events.map((e) => [e.id, e])), "event", id) },
];
