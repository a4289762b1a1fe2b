import type Stripe from "stripe";
import { changes, type Billing } from "./lifecycle";
import { periodStart } from "./objects-billing";
import { automatic, type Cause, type State } from "./state";
import type { Webhooks } from "./webhooks";

/**
 * Forces a subscription into a status the way Stripe would get there, with the events Stripe
 * would send on the way — the test and demo hook for dunning and cancellation:
 *   past_due → an open invoice whose charge failed: invoice.payment_failed, customer.subscription.updated
 *   unpaid   → customer.subscription.updated (retries exhausted, invoice left open)
 *   canceled → customer.subscription.deleted (reason payment_failed when it was in dunning)
 *   active   → from trialing: the trial ends now (updated + invoice.paid);
 *              from past_due/unpaid: the open invoice is paid (invoice.paid) and updated
 *   anything else → the status changes and customer.subscription.updated goes out.
 */
export function setSubscriptionStatus(
  state: State, billing: Billing, hooks: Webhooks,
  subId: string, status: Stripe.Subscription.Status, cause: Cause = automatic,
): Stripe.Subscription {
  billing.tick();
  const sub = state.mustGet(state.subscriptions, "subscription", subId);
  if (sub.status === status) return sub;
  const now = state.now();
  if (status === "canceled") {
    const dunning = sub.status === "past_due" || sub.status === "unpaid";
    billing.cancelNow(sub, cause, now, dunning ? "payment_failed" : "cancellation_requested");
    return sub;
  }
  if (sub.status === "canceled") throw new Error(`stripe stand-in: ${subId} is canceled; a canceled subscription cannot change status`);
  if (status === "active" && sub.status === "trialing") {
    billing.endTrial(sub, now, cause);
    return sub;
  }
  const before = structuredClone(sub);
  if (status === "past_due") {
    const inv = billing.bill(sub, "subscription_cycle", periodStart(sub), now, now, false);
    sub.status = "past_due";
    hooks.emit("invoice.payment_failed", inv, cause, now);
  } else if (status === "active") {
    const open = openInvoice(state, sub);
    sub.status = "active";
    if (open) {
      Object.assign(open, {
        status: "paid", amount_paid: open.amount_due, amount_remaining: 0, attempt_count: open.attempt_count + 1,
        next_payment_attempt: null, auto_advance: false, status_transitions: { ...open.status_transitions, paid_at: now },
      } satisfies Partial<Stripe.Invoice>);
      hooks.emit("invoice.paid", open, cause, now);
    }
  } else {
    sub.status = status;
  }
  hooks.emit("customer.subscription.updated", sub, cause, now, changes(before, sub));
  return sub;
}

function openInvoice(state: State, sub: Stripe.Subscription): Stripe.Invoice | undefined {
  const id = typeof sub.latest_invoice === "string" ? sub.latest_invoice : sub.latest_invoice?.id;
  const inv = id ? state.invoices.get(id) : undefined;
  return inv?.status === "open" ? inv : undefined;
}
