import type Stripe from "stripe";
import { ApiError } from "./form";
import { periodEnd, periodStart, setPeriod, subscription } from "./objects-billing";
import { addInterval, customer as newCustomer } from "./objects-catalog";
import { invoice } from "./objects-invoice";
import { automatic, type Cause, type State } from "./state";
import type { Webhooks } from "./webhooks";

const DAY = 86_400;
/** Stripe sends customer.subscription.trial_will_end three days before the trial ends. */
const TRIAL_WARNING = 3 * DAY;

/** Top-level fields that differ, with their old values: Stripe's `data.previous_attributes`. */
export function changes(before: object, after: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of Object.keys(a)) if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out[key] = b[key] ?? null;
  return out;
}

/** What happens to subscriptions: checkout completion, trials ending, renewals, dunning, cancels. */
export class Billing {
  constructor(private readonly state: State, private readonly hooks: Webhooks) {}

  /** What the hosted page's "Start trial" does: customer, subscription, session complete, events. */
  completeCheckout(sessionId: string, cause: Cause = automatic, email?: string): Stripe.Checkout.Session {
    this.tick();
    const s = this.state.mustGet(this.state.sessions, "checkout.session", sessionId);
    if (s.status === "complete") return s; // a double submit changes nothing
    if (s.status !== "open") throw new ApiError(400, `This Checkout Session is ${s.status}.`, "checkout_session_expired");
    const plan = this.state.sessionPlans.get(s.id)!;
    const now = this.state.now();
    let customerId = typeof s.customer === "string" ? s.customer : s.customer?.id;
    if (!customerId) {
      const c = newCustomer(now, { email: s.customer_email ?? email ?? "customer@example.com" });
      this.state.customers.set(c.id, c);
      customerId = c.id;
    }
    const cust = this.state.customers.get(customerId);
    const lines = plan.lines.map((l) => ({ price: this.state.prices.get(l.price)!, quantity: l.quantity }));
    const trialEnd = plan.trialEnd ?? (plan.trialDays ? now + plan.trialDays * DAY : null);
    const first = lines[0]!.price.recurring!;
    const sub = subscription({
      customer: customerId,
      items: lines,
      start: now,
      trialEnd,
      periodEnd: trialEnd ?? addInterval(now, first.interval, first.interval_count),
      metadata: plan.subscriptionMetadata,
      description: plan.subscriptionDescription,
    });
    this.state.subscriptions.set(sub.id, sub);
    const paidNow = sub.status === "active" ? this.bill(sub, "subscription_create", now, now, now, true) : null;
    Object.assign(s, {
      status: "complete",
      customer: customerId,
      subscription: sub.id,
      invoice: paidNow?.id ?? null,
      payment_status: paidNow ? "paid" : "no_payment_required",
      customer_details: { address: null, business_name: null, email: cust?.email ?? null, individual_name: null, name: cust?.name ?? null, phone: null, tax_exempt: "none", tax_ids: [] },
      url: null,
    } satisfies Partial<Stripe.Checkout.Session>);
    this.hooks.emit("customer.subscription.created", sub, cause, now);
    if (paidNow) this.hooks.emit("invoice.paid", paidNow, cause, now);
    this.hooks.emit("checkout.session.completed", s, cause, now);
    return s;
  }

  /** Runs every time-driven transition that is due by the stand-in's clock, oldest first. */
  tick() {
    const now = this.state.now();
    for (let guard = 0; guard < 100_000; guard++) {
      let next: { at: number; run: () => void } | null = null;
      for (const sub of this.state.subscriptions.values()) {
        const t = this.nextTransition(sub);
        if (t && t.at <= now && (!next || t.at < next.at)) next = t;
      }
      if (!next) return;
      next.run();
    }
  }

  private nextTransition(sub: Stripe.Subscription): { at: number; run: () => void } | null {
    if (sub.status === "trialing" && sub.trial_end !== null) {
      const end = sub.trial_end;
      if (!this.state.trialWarned.has(sub.id)) {
        return { at: Math.max(end - TRIAL_WARNING, sub.created), run: () => this.warnTrial(sub, Math.max(end - TRIAL_WARNING, sub.created)) };
      }
      return { at: end, run: () => (sub.cancel_at_period_end ? this.cancelNow(sub, automatic, end) : this.endTrial(sub, end)) };
    }
    if (["active", "past_due", "unpaid"].includes(sub.status) && sub.cancel_at_period_end) {
      return { at: periodEnd(sub), run: () => this.cancelNow(sub, automatic, periodEnd(sub)) };
    }
    // Only active subscriptions renew here; past_due/unpaid ones wait for setSubscriptionStatus.
    if (sub.status === "active") return { at: periodEnd(sub), run: () => this.renew(sub, periodEnd(sub)) };
    return null;
  }

  private warnTrial(sub: Stripe.Subscription, at: number) {
    this.state.trialWarned.add(sub.id);
    this.hooks.emit("customer.subscription.trial_will_end", sub, automatic, at);
  }

  /** Trial over: active, first real period starts, the first $9 invoice is paid. */
  endTrial(sub: Stripe.Subscription, at: number, cause: Cause = automatic) {
    const before = structuredClone(sub);
    const trialStart = sub.trial_start ?? sub.created;
    this.state.trialWarned.add(sub.id);
    sub.status = "active";
    sub.trial_end = Math.min(sub.trial_end ?? at, at);
    sub.billing_cycle_anchor = at;
    const price = sub.items.data[0]!.price.recurring!;
    setPeriod(sub, at, addInterval(at, price.interval, price.interval_count));
    const inv = this.bill(sub, "subscription_cycle", trialStart, at, at, true);
    this.hooks.emit("customer.subscription.updated", sub, cause, at, changes(before, sub));
    this.hooks.emit("invoice.paid", inv, cause, at);
  }

  private renew(sub: Stripe.Subscription, at: number) {
    const before = structuredClone(sub);
    const r = sub.items.data[0]!.price.recurring!;
    const prevStart = periodStart(sub);
    // Periods count from the billing cycle anchor, so Jan 31 → Feb 28 → Mar 31 (not Mar 28).
    let k = 1;
    while (addInterval(sub.billing_cycle_anchor, r.interval, k * r.interval_count) <= at) k++;
    setPeriod(sub, at, addInterval(sub.billing_cycle_anchor, r.interval, k * r.interval_count));
    const inv = this.bill(sub, "subscription_cycle", prevStart, at, at, true);
    this.hooks.emit("customer.subscription.updated", sub, automatic, at, changes(before, sub));
    this.hooks.emit("invoice.paid", inv, automatic, at);
  }

  /** Creates the subscription's invoice for its current period and makes it the latest_invoice. */
  bill(sub: Stripe.Subscription, reason: Stripe.Invoice.BillingReason, prevStart: number, prevEnd: number, at: number, paid: boolean): Stripe.Invoice {
    const inv = invoice({
      sub,
      customer: this.state.customers.get(sub.customer as string),
      number: this.state.nextInvoiceNumber(),
      at,
      reason,
      lineStart: periodStart(sub),
      lineEnd: periodEnd(sub),
      periodStart: prevStart,
      periodEnd: prevEnd,
      paid,
      productName: (id) => this.state.products.get(id)?.name,
    });
    this.state.invoices.set(inv.id, inv);
    sub.latest_invoice = inv.id;
    return inv;
  }

  /** DELETE /v1/subscriptions/:id, the end of a period set to cancel, or dunning giving up. */
  cancelNow(sub: Stripe.Subscription, cause: Cause, at = this.state.now(), reason: Stripe.Subscription.CancellationDetails.Reason = "cancellation_requested") {
    if (sub.status === "canceled") throw new ApiError(400, `This subscription has already been canceled.`, undefined, "subscription");
    sub.status = "canceled";
    sub.canceled_at = sub.cancel_at_period_end ? (sub.canceled_at ?? at) : at;
    sub.ended_at = at;
    sub.cancellation_details = { ...(sub.cancellation_details ?? { comment: null, feedback: null, feedback_option: null }), reason };
    this.hooks.emit("customer.subscription.deleted", sub, cause, at);
  }

  /** Applies a change to a subscription and, if anything changed, emits customer.subscription.updated. */
  update(sub: Stripe.Subscription, cause: Cause, mutate: (now: number) => void) {
    const before = structuredClone(sub);
    const now = this.state.now();
    mutate(now);
    const diff = changes(before, sub);
    if (Object.keys(diff).length > 0) this.hooks.emit("customer.subscription.updated", sub, cause, now, diff);
  }

  /** cancel_at_period_end=true/false (the API or the portal's cancel button); Stripe mirrors it in cancel_at. */
  setCancelAtPeriodEnd(sub: Stripe.Subscription, flag: boolean, now: number) {
    if (sub.cancel_at_period_end === flag) return;
    sub.cancel_at_period_end = flag;
    sub.cancel_at = flag ? (sub.status === "trialing" ? sub.trial_end : periodEnd(sub)) : null;
    sub.canceled_at = flag ? now : null;
    sub.cancellation_details = { ...(sub.cancellation_details ?? { comment: null, feedback: null, feedback_option: null }), reason: flag ? "cancellation_requested" : null };
  }
}
