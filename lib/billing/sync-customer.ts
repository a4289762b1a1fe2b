import type Stripe from "stripe";
import type { PrismaClient } from "../db";
import { applyPlanToWatches } from "../accounts/watches";

// Which of a customer's subscriptions speaks for them: a live one first, else the newest.
const LIVE = ["trialing", "active", "past_due", "unpaid", "incomplete"];

/**
 * Re-reads the customer's subscriptions from Stripe and writes absolute state keyed by Stripe's
 * ids. Every webhook ends here, so a replayed or out-of-order event converges on Stripe's truth.
 */
export async function syncCustomer(prisma: PrismaClient, s: Stripe, customerId: string, now: Date): Promise<{ userId: string; status: string | null } | null> {
  const user = await prisma.user.findUnique({ where: { stripeCustomerId: customerId } })
    ?? (await userFromCustomerMetadata(prisma, s, customerId));
  if (!user) return null;
  const subs = await s.subscriptions.list({ customer: customerId, status: "all", limit: 20 });
  const pick = [...subs.data].sort((a, b) => rank(a) - rank(b) || b.created - a.created)[0];
  if (!pick) {
    await prisma.billingSubscription.deleteMany({ where: { userId: user.id } });
  } else {
    const item = pick.items.data[0];
    const row = {
      customerId, status: pick.status, priceId: item?.price.id ?? null,
      trialEnd: pick.trial_end ? new Date(pick.trial_end * 1000) : null,
      currentPeriodEnd: item?.current_period_end ? new Date(item.current_period_end * 1000) : null,
      cancelAtPeriodEnd: pick.cancel_at_period_end, syncedAt: now,
    };
    await prisma.billingSubscription.deleteMany({ where: { userId: user.id, id: { not: pick.id } } });
    await prisma.billingSubscription.upsert({ where: { id: pick.id }, create: { id: pick.id, userId: user.id, ...row }, update: row });
  }
  await applyPlanToWatches(prisma, user.id);
  return { userId: user.id, status: pick?.status ?? null };
}

const rank = (sub: Stripe.Subscription) => (LIVE.includes(sub.status) ? LIVE.indexOf(sub.status) : LIVE.length);

/** A customer created elsewhere (or before we stored its id) is matched through metadata.userId. */
async function userFromCustomerMetadata(prisma: PrismaClient, s: Stripe, customerId: string) {
  const customer = await s.customers.retrieve(customerId);
  if (customer.deleted) return null;
  const userId = customer.metadata?.userId;
  if (!userId) return null;
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (user && !user.stripeCustomerId) await prisma.user.update({ where: { id: userId }, data: { stripeCustomerId: customerId } });
  return user;
}
