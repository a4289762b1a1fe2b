import type Stripe from "stripe";
import { ApiError, type Params } from "./form";
import type { Billing } from "./lifecycle";
import type { Cause, State } from "./state";
import type { Webhooks } from "./webhooks";

/** Everything a v1 endpoint handler gets: parsed params, the path's id, and who is asking. */
export interface Ctx {
  p: Params;
  /** The first capture of the route's pattern (the object id), or "". */
  id: string;
  cause: Cause;
  state: State;
  billing: Billing;
  hooks: Webhooks;
}

export interface Route {
  method: "GET" | "POST" | "DELETE";
  pattern: RegExp;
  /** Top-level params this endpoint models; others are accepted, ignored and logged. */
  accepts: string[];
  handle: (c: Ctx) => object;
}

/**
 * Fields that are not ids but lists Stripe only includes when asked with `expand[]`
 * (customer.subscriptions, checkout session line_items).
 */
function includable(state: State, o: { object?: string; id?: string }, field: string): object | undefined {
  if (o.object === "customer" && field === "subscriptions") {
    const subs = [...state.subscriptions.values()].filter((s) => s.customer === o.id && s.status !== "canceled").reverse();
    return { object: "list", data: subs, has_more: false, url: `/v1/customers/${o.id}/subscriptions` };
  }
  if (o.object === "checkout.session" && field === "line_items") {
    const plan = state.sessionPlans.get(o.id ?? "");
    return { object: "list", data: (plan?.lines ?? []).map((l) => lineItem(state, l)), has_more: false, url: `/v1/checkout/sessions/${o.id}/line_items` };
  }
  return undefined;
}

export function lineItem(state: State, l: { id: string; price: string; quantity: number }): Stripe.LineItem {
  const price = state.prices.get(l.price)!;
  const amount = (price.unit_amount ?? 0) * l.quantity;
  return {
    id: l.id, object: "item", adjustable_quantity: null, amount_discount: 0, amount_subtotal: amount, amount_tax: 0, amount_total: amount,
    currency: price.currency, description: state.products.get(price.product as string)?.name ?? null, metadata: {}, price, quantity: l.quantity,
  };
}

/**
 * Applies `expand[]`: each dotted path replaces an id string with the object it names (or fills
 * an includable list). Works on a deep copy so stored objects keep their ids. Lists take `data.x`.
 */
export function expand(state: State, value: object, paths: string[]): object {
  if (paths.length === 0) return value;
  const out = structuredClone(value) as Record<string, unknown>;
  for (const path of paths) {
    const segs = path.split(".");
    if (segs.length > 4) throw new ApiError(400, `You cannot expand more than 4 levels of a property. Property: ${path}`, undefined, "expand");
    walk(state, out, segs, path);
  }
  return out;
}

function walk(state: State, node: unknown, segs: string[], path: string) {
  if (Array.isArray(node)) {
    for (const n of node) walk(state, n, segs, path);
    return;
  }
  if (!node || typeof node !== "object" || segs.length === 0) return;
  const o = node as Record<string, unknown>;
  const [head, ...rest] = segs as [string, ...string[]];
  let v = o[head];
  if (v === undefined) v = includable(state, o, head);
  if (typeof v === "string") {
    const found = state.find(v);
    if (!found) throw new ApiError(400, `This property cannot be expanded (${path}).`, undefined, "expand");
    v = structuredClone(found);
  } else if (v === undefined) {
    throw new ApiError(400, `This property cannot be expanded (${path}).`, undefined, "expand");
  }
  o[head] = v;
  walk(state, v, rest, path);
}
