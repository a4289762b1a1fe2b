import type Stripe from "stripe";
import type { PrismaClient } from "../db";
import { syncCustomer } from "./sync-customer";

/** The events we act on; anything else is acknowledged and ignored. */
export const HANDLED_EVENTS = new Set([
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "customer.subscription.trial_will_end",
  "invoice.payment_failed",
  "invoice.paid",
]);

export type BillingNotice = { kind: "trial_ending" | "payment_failed"; userId: string; at: Date | null };

/**
 * One webhook event: treated as "re-sync this customer from Stripe", so order and replays do not
 * matter. Notices (emails) are sent once per event id.
 */
export async function handleStripeEvent(
  prisma: PrismaClient, s: Stripe, event: Stripe.Event, now: Date, notify: (n: BillingNotice) => Promise<void>,
): Promise<"synced" | "ignored" | "unknown_customer"> {
  if (!HANDLED_EVENTS.has(event.type)) return "ignored";
  const object = event.data.object as { customer?: string | { id: string } | null; trial_end?: number | null };
  const customerId = typeof object.customer === "string" ? object.customer : object.customer?.id;
  if (!customerId) return "ignored";
  const synced = await syncCustomer(prisma, s, customerId, now);
  if (!synced) return "unknown_customer";
  const kind = event.type === "customer.subscription.trial_will_end" ? "trial_ending" : event.type === "invoice.payment_failed" ? "payment_failed" : null;
  if (kind) {
    const first = await prisma.stripeEvent.createMany({ data: [{ id: event.id, type: event.type, receivedAt: now }], skipDuplicates: true });
    if (first.count === 1) await notify({ kind, userId: synced.userId, at: object.trial_end ? new Date(object.trial_end * 1000) : null });
  }
  return "synced";
}
