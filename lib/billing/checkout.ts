import type { PrismaClient } from "../db";
import { ensurePrice, stripe, TRIAL_DAYS } from "./stripe-client";

/** The user's Stripe customer, created once and reused (keyed by our user id in metadata). */
export async function ensureCustomer(prisma: PrismaClient, userId: string): Promise<string> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.stripeCustomerId) return user.stripeCustomerId;
  const customer = await stripe().customers.create({ email: user.email, metadata: { userId } }, { idempotencyKey: `statusradar-customer-${userId}` });
  await prisma.user.update({ where: { id: userId }, data: { stripeCustomerId: customer.id } });
  return customer.id;
}

/** A Checkout session for Alert Pro with a 14-day trial ($0 due today). Returns its hosted URL. */
export async function startCheckout(prisma: PrismaClient, userId: string, siteUrl: string): Promise<string> {
  const customer = await ensureCustomer(prisma, userId);
  const price = await ensurePrice();
  const session = await stripe().checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: userId,
    line_items: [{ price, quantity: 1 }],
    subscription_data: { trial_period_days: TRIAL_DAYS, metadata: { userId } },
    success_url: `${siteUrl}/billing/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${siteUrl}/billing/cancel`,
    metadata: { userId },
  });
  if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
  return session.url;
}

/** A Customer Portal session for managing the card or cancelling. */
export async function startPortal(prisma: PrismaClient, userId: string, siteUrl: string): Promise<string> {
  const customer = await ensureCustomer(prisma, userId);
  const session = await stripe().billingPortal.sessions.create({ customer, return_url: `${siteUrl}/account` });
  return session.url;
}
