import type Stripe from "stripe";
import { planOf } from "./objects-catalog";
import { newId } from "./state";

/**
 * Subscriptions and Checkout Sessions as API version 2026-11-18.endive shapes them. Since
 * 2025-03-31 the billing period lives on each subscription item (items.data[i].current_period_*),
 * not on the subscription, so that is the only place it is written.
 */

export interface SubscriptionInput {
  customer: string;
  items: { price: Stripe.Price; quantity: number }[];
  start: number;
  trialEnd: number | null;
  periodEnd: number;
  metadata: Record<string, string>;
  description: string | null;
}

export function subscription(o: SubscriptionInput): Stripe.Subscription {
  const id = newId("sub");
  const trialing = o.trialEnd !== null && o.trialEnd > o.start;
  const periodStart = o.start;
  return {
    id,
    object: "subscription",
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: trialing ? o.trialEnd! : o.start,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: { proration_discounts: "included" }, type: "flexible", updated_at: o.start },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: "charge_automatically",
    created: o.start,
    currency: o.items[0]?.price.currency ?? "usd",
    customer: o.customer,
    customer_account: null,
    days_until_due: null,
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: o.description,
    discounts: [],
    ended_at: null,
    invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: "self" } },
    items: {
      object: "list",
      data: o.items.map((it) => subscriptionItem(id, it.price, it.quantity, o.start, periodStart, o.periodEnd)),
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    metadata: o.metadata,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: "off" },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: o.start,
    status: trialing ? "trialing" : "active",
    test_clock: null,
    transfer_data: null,
    trial_end: trialing ? o.trialEnd : null,
    trial_settings: { end_behavior: { billing_cycle_anchor: null, missing_payment_method: "create_invoice" } },
    trial_start: trialing ? o.start : null,
  };
}

function subscriptionItem(sub: string, price: Stripe.Price, quantity: number, created: number, start: number, end: number): Stripe.SubscriptionItem {
  return {
    id: newId("si"),
    object: "subscription_item",
    billing_thresholds: null,
    created,
    current_period_end: end,
    current_period_start: start,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: planOf(price),
    price,
    quantity,
    subscription: sub,
    tax_rates: [],
  };
}

/** Moves every item to a new billing period (trial end, renewal). */
export function setPeriod(sub: Stripe.Subscription, start: number, end: number) {
  for (const item of sub.items.data) {
    item.current_period_start = start;
    item.current_period_end = end;
  }
}

export const periodEnd = (sub: Stripe.Subscription) => sub.items.data[0]?.current_period_end ?? sub.created;
export const periodStart = (sub: Stripe.Subscription) => sub.items.data[0]?.current_period_start ?? sub.created;

export interface SessionInput {
  customer: string | null;
  customerEmail: string | null;
  lines: { price: Stripe.Price; quantity: number }[];
  trial: boolean;
  successUrl: string | null;
  cancelUrl: string | null;
  clientReferenceId: string | null;
  metadata: Record<string, string>;
  allowPromotionCodes: boolean | null;
  baseUrl: string;
  now: number;
}

export function checkoutSession(o: SessionInput): Stripe.Checkout.Session {
  const id = newId("cs_test");
  const subtotal = o.lines.reduce((sum, l) => sum + (l.price.unit_amount ?? 0) * l.quantity, 0);
  // With a trial nothing is charged today, so the session totals are zero.
  const total = o.trial ? 0 : subtotal;
  return {
    id,
    object: "checkout.session",
    adaptive_pricing: { enabled: false },
    after_expiration: null,
    allow_promotion_codes: o.allowPromotionCodes,
    allowed_payment_method_types: null,
    amount_subtotal: total,
    amount_total: total,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: o.cancelUrl,
    client_reference_id: o.clientReferenceId,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: o.now,
    currency: o.lines[0]?.price.currency ?? "usd",
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: o.customer,
    customer_account: null,
    customer_creation: o.customer ? null : "always",
    customer_details: o.customerEmail ? { address: null, business_name: null, email: o.customerEmail, individual_name: null, name: null, phone: null, tax_exempt: "none", tax_ids: null } : null,
    customer_email: o.customerEmail,
    discounts: [],
    expires_at: o.now + 24 * 3600,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: o.metadata,
    mode: "subscription",
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: "always",
    payment_method_configuration_details: null,
    payment_method_options: { card: { request_three_d_secure: "automatic" } },
    payment_method_types: ["card"],
    payment_status: "unpaid",
    permissions: null,
    recovered_from: null,
    saved_payment_method_options: { allow_redisplay_filters: ["always"], payment_method_remove: null, payment_method_save: null },
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: "open",
    submit_type: null,
    subscription: null,
    success_url: o.successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted_page",
    url: `${o.baseUrl}/checkout/${id}`,
    wallet_options: null,
  };
}
