import type Stripe from "stripe";
import { decimal, every, money } from "./objects-catalog";
import { newId } from "./state";

/**
 * Invoices as API version 2026-11-18.endive shapes them: there is no top-level `subscription`
 * any more — the subscription is at `parent.subscription_details.subscription`, and each line
 * points at its subscription item through `parent.subscription_item_details`.
 */

export interface InvoiceInput {
  sub: Stripe.Subscription;
  customer: Stripe.Customer | undefined;
  number: string;
  at: number;
  reason: Stripe.Invoice.BillingReason;
  /** The period the invoice bills for (the lines' period). */
  lineStart: number;
  lineEnd: number;
  /** Stripe's quirk: a subscription invoice's own period is the one that just ended. */
  periodStart: number;
  periodEnd: number;
  paid: boolean;
  /** Product names for the line descriptions ("1 × Alert Pro (at $9.00 / month)"). */
  productName: (id: string) => string | undefined;
}

export function invoice(o: InvoiceInput): Stripe.Invoice {
  const id = newId("in");
  const lines = o.sub.items.data.map((item) => line(id, o, item));
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  return {
    id,
    object: "invoice",
    account_country: "US",
    account_name: "StatusRadar (Stripe stand-in)",
    account_tax_ids: null,
    amount_due: total,
    amount_overpaid: 0,
    amount_paid: o.paid ? total : 0,
    amount_remaining: o.paid ? 0 : total,
    amount_shipping: 0,
    application: null,
    attempt_count: 1,
    attempted: true,
    auto_advance: !o.paid,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: o.reason,
    collection_method: "charge_automatically",
    created: o.at,
    currency: o.sub.currency,
    custom_fields: null,
    customer: typeof o.sub.customer === "string" ? o.sub.customer : o.sub.customer.id,
    customer_account: null,
    customer_address: null,
    customer_email: o.customer?.email ?? null,
    customer_name: o.customer?.name ?? null,
    customer_phone: null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: o.at,
    ending_balance: 0,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: "list", data: lines, has_more: false, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    // Stripe retries a failed charge later (smart retries); a day is a plausible next attempt.
    next_payment_attempt: o.paid ? null : o.at + 86_400,
    number: o.number,
    on_behalf_of: null,
    parent: {
      quote_details: null,
      subscription_details: { metadata: { ...o.sub.metadata }, subscription: o.sub.id },
      type: "subscription_details",
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: o.periodEnd,
    period_start: o.periodStart,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: o.paid ? "paid" : "open",
    status_transitions: { finalized_at: o.at, marked_uncollectible_at: null, paid_at: o.paid ? o.at : null, voided_at: null },
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: null,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: o.at,
  };
}

function line(invoiceId: string, o: InvoiceInput, item: Stripe.SubscriptionItem): Stripe.InvoiceLineItem {
  const sub = o.sub;
  const qty = item.quantity ?? 1;
  const amount = (item.price.unit_amount ?? 0) * qty;
  const productId = typeof item.price.product === "string" ? item.price.product : item.price.product.id;
  return {
    id: newId("il"),
    object: "line_item",
    amount,
    currency: item.price.currency,
    description: `${qty} × ${o.productName(productId) ?? productId} (at ${money(item.price.unit_amount, item.price.currency)} / ${every(item.price)})`,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    parent: {
      invoice_item_details: null,
      subscription_item_details: { invoice_item: null, proration: false, proration_details: { credited_items: null }, subscription: sub.id, subscription_item: item.id },
      type: "subscription_item_details",
    },
    period: { end: o.lineEnd, start: o.lineStart },
    pretax_credit_amounts: [],
    pricing: { price_details: { price: item.price.id, product: productId }, type: "price_details", unit_amount_decimal: decimal(item.price.unit_amount ?? 0) },
    quantity: qty,
    quantity_decimal: decimal(qty),
    subscription: sub.id,
    subtotal: amount,
    taxes: [],
  };
}

export function portalSession(o: { customer: string; returnUrl: string | null; baseUrl: string; now: number }): Stripe.BillingPortal.Session {
  const id = newId("bps");
  return {
    id,
    object: "billing_portal.session",
    // Stripe uses the account's default portal configuration when none is passed.
    configuration: "bpc_standin_default",
    created: o.now,
    customer: o.customer,
    customer_account: null,
    flow: null,
    livemode: false,
    locale: null,
    on_behalf_of: null,
    return_url: o.returnUrl,
    url: `${o.baseUrl}/portal/${id}`,
  };
}
