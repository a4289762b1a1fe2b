import { randomBytes } from "node:crypto";
import type Stripe from "stripe";
import { ApiError, int, noSuch, str, type Params } from "./form";

/** What a checkout session needs at completion but Stripe does not echo back on the session. */
export interface SessionPlan {
  lines: { id: string; price: string; quantity: number }[];
  trialDays?: number;
  trialEnd?: number;
  subscriptionMetadata: Record<string, string>;
  subscriptionDescription: string | null;
  /** The email a hosted page collects when neither customer nor customer_email was given. */
  needsEmail: boolean;
}

/** Who caused an event: an API request (its id and Idempotency-Key) or Stripe itself (null). */
export interface Cause { requestId: string | null; idempotencyKey: string | null }
export const automatic: Cause = { requestId: null, idempotencyKey: null };

/** The stand-in's whole world, in Stripe's own wire shapes so responses are the stored objects. */
export class State {
  readonly products = new Map<string, Stripe.Product>();
  readonly prices = new Map<string, Stripe.Price>();
  readonly customers = new Map<string, Stripe.Customer>();
  readonly sessions = new Map<string, Stripe.Checkout.Session>();
  readonly sessionPlans = new Map<string, SessionPlan>();
  readonly subscriptions = new Map<string, Stripe.Subscription>();
  readonly invoices = new Map<string, Stripe.Invoice>();
  readonly portals = new Map<string, Stripe.BillingPortal.Session>();
  readonly events: Stripe.Event[] = [];
  /** Subscriptions whose trial_will_end has gone out (Stripe sends it once per trial). */
  readonly trialWarned = new Set<string>();
  private offset = 0;
  private invoiceSeq = 0;
  /** Per-account invoice number prefix, like Stripe's "ABCD1234-0001". */
  readonly invoicePrefix = randomBytes(4).toString("hex").toUpperCase();

  constructor(
    readonly baseUrl: string,
    private readonly wallClock: () => Date,
  ) {}

  /** The stand-in's clock in epoch seconds: the wall clock (or `now`) plus everything advanced. */
  now(): number {
    return Math.floor(this.wallClock().getTime() / 1000) + this.offset;
  }

  advanceBy(seconds: number) {
    this.offset += seconds;
  }

  nextInvoiceNumber(): string {
    this.invoiceSeq += 1;
    return `${this.invoicePrefix}-${String(this.invoiceSeq).padStart(4, "0")}`;
  }

  /** Finds any stored object by id (for `expand[]`); its prefix says which collection. */
  find(id: string): { object: string } | undefined {
    const prefix = id.slice(0, id.indexOf("_") + 1);
    const map: Map<string, { object: string }> | undefined = ({
      prod_: this.products, price_: this.prices, cus_: this.customers, cs_: this.sessions,
      sub_: this.subscriptions, in_: this.invoices, bps_: this.portals,
    } as Record<string, Map<string, { object: string }>>)[prefix];
    // Products may carry caller-chosen ids ("alert_pro"), so an unknown prefix means a product.
    return map ? map.get(id) : this.products.get(id);
  }

  mustGet<T>(map: Map<string, T>, kind: string, id: string, param = "id"): T {
    const v = map.get(id);
    if (!v) throw noSuch(kind, id, param);
    return v;
  }
}

/** Stripe-looking ids: a prefix and 24 base62 characters. */
export function newId(prefix: string): string {
  const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const bytes = randomBytes(24);
  let s = "";
  for (const b of bytes) s += alphabet[b % 62];
  return `${prefix}_${s}`;
}

/**
 * Stripe's list envelope with cursor pagination: newest first (unless the list has its own order), `limit` 1–100 (default 10),
 * `starting_after` / `ending_before` by id.
 */
export function list<T extends { id: string; created?: number }>(items: T[], url: string, p: Params, newestFirst = true): Stripe.ApiList<T> {
  const limit = int(p, "limit") ?? 10;
  if (limit < 1 || limit > 100) throw new ApiError(400, "This value must be between 1 and 100 (it is currently " + limit + ").", "parameter_invalid_integer", "limit");
  // Stable newest-first: later insertions win ties on `created`.
  const sorted = !newestFirst ? items : items.map((item, i) => ({ item, i })).sort((a, b) => (b.item.created ?? 0) - (a.item.created ?? 0) || b.i - a.i).map((x) => x.item);
  const after = str(p, "starting_after");
  const before = str(p, "ending_before");
  let from = 0;
  let to = sorted.length;
  if (after) {
    const at = sorted.findIndex((x) => x.id === after);
    if (at < 0) throw new ApiError(404, `No such object: '${after}'`, "resource_missing", "starting_after");
    from = at + 1;
  } else if (before) {
    const at = sorted.findIndex((x) => x.id === before);
    if (at < 0) throw new ApiError(404, `No such object: '${before}'`, "resource_missing", "ending_before");
    to = at;
    from = Math.max(0, at - limit);
  }
  const data = sorted.slice(from, Math.min(to, from + limit));
  const hasMore = before ? from > 0 : from + limit < to;
  return { object: "list", data, has_more: hasMore, url };
}
