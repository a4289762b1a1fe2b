import type Stripe from "stripe";
import { newId } from "./state";

/**
 * Products, prices (and the legacy `plan` Stripe still embeds in subscription items) and
 * customers, in the shapes of the SDK's types for API version 2026-11-18.endive. Fields the
 * stand-in has no use for carry Stripe's defaults (null, false, empty) rather than being left out.
 */

/** Decimal fields travel as strings on the wire; the SDK turns them into its Decimal. */
export const decimal = (n: number) => String(n) as unknown as Stripe.Decimal;

export function product(now: number, o: { id?: string; name: string; description?: string | null; active?: boolean; metadata?: Record<string, string> }): Stripe.Product {
  return {
    id: o.id ?? newId("prod"),
    object: "product",
    active: o.active ?? true,
    created: now,
    default_price: null,
    description: o.description ?? null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: o.metadata ?? {},
    name: o.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: "service",
    unit_label: null,
    updated: now,
    url: null,
  };
}

export interface PriceInput {
  product: string;
  currency: string;
  unitAmount: number;
  recurring?: { interval: Stripe.Price.Recurring.Interval; intervalCount: number };
  lookupKey?: string | null;
  nickname?: string | null;
  active?: boolean;
  metadata?: Record<string, string>;
}

export function price(now: number, o: PriceInput): Stripe.Price {
  return {
    id: newId("price"),
    object: "price",
    active: o.active ?? true,
    billing_scheme: "per_unit",
    created: now,
    currency: o.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: o.lookupKey ?? null,
    metadata: o.metadata ?? {},
    nickname: o.nickname ?? null,
    product: o.product,
    recurring: o.recurring
      ? { interval: o.recurring.interval, interval_count: o.recurring.intervalCount, meter: null, trial_period_days: null, usage_type: "licensed" }
      : null,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: o.recurring ? "recurring" : "one_time",
    unit_amount: o.unitAmount,
    unit_amount_decimal: decimal(o.unitAmount),
  };
}

/** The legacy Plan view of a recurring price (Stripe gives it the price's id). */
export function planOf(p: Stripe.Price): Stripe.Plan {
  return {
    id: p.id,
    object: "plan",
    active: p.active,
    amount: p.unit_amount,
    amount_decimal: p.unit_amount_decimal,
    billing_scheme: "per_unit",
    created: p.created,
    currency: p.currency,
    interval: p.recurring?.interval ?? "month",
    interval_count: p.recurring?.interval_count ?? 1,
    livemode: false,
    metadata: p.metadata,
    meter: null,
    nickname: p.nickname,
    product: p.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: "licensed",
  };
}

export function customer(now: number, o: { email?: string | null; name?: string | null; description?: string | null; metadata?: Record<string, string> }): Stripe.Customer {
  const id = newId("cus");
  return {
    id,
    object: "customer",
    address: null,
    balance: 0,
    created: now,
    currency: null,
    default_source: null,
    delinquent: false,
    description: o.description ?? null,
    discount: null,
    email: o.email ?? null,
    invoice_prefix: id.slice(4, 12).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: o.metadata ?? {},
    name: o.name ?? null,
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
}

/** Formats an amount in minor units like the hosted pages do: 900 usd → "$9.00". */
export function money(amount: number | null, currency: string): string {
  const value = (amount ?? 0) / 100;
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency.toUpperCase()}`;
  }
}

/** "month" / 1 → "month", "month" / 3 → "3 months". */
export function every(p: Stripe.Price): string {
  const r = p.recurring;
  if (!r) return "once";
  return r.interval_count === 1 ? r.interval : `${r.interval_count} ${r.interval}s`;
}

/** Adds calendar intervals the way Stripe bills: Jan 31 + 1 month → Feb 28/29 (clamped, in UTC). */
export function addInterval(ts: number, interval: string, count: number): number {
  const d = new Date(ts * 1000);
  if (interval === "day") return ts + count * 86_400;
  if (interval === "week") return ts + count * 7 * 86_400;
  const months = interval === "year" ? 12 * count : count;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  return Math.floor(out / 1000);
}
