/**
 * The one place that decides who is Pro, from Stripe's subscription state. Trialing and active
 * are Pro; past_due stays Pro while Stripe retries the payment; everything else is Free.
 */
export type Plan = "free" | "pro";

export interface Entitlement {
  plan: Plan;
  maxServices: number;
  channels: readonly ("email" | "slack" | "webhook")[];
  /** Component and severity filters. */
  filters: boolean;
  trialEndsAt: Date | null;
  status: string | null;
}

export const FREE: Entitlement = { plan: "free", maxServices: 1, channels: ["email"], filters: false, trialEndsAt: null, status: null };
const PRO_STATUSES = new Set(["trialing", "active", "past_due"]);

/** The entitlement of a stored user, from the mirror of their Stripe subscription. */
export async function entitlementOfUser(prisma: { billingSubscription: { findUnique(args: { where: { userId: string } }): Promise<{ status: string; trialEnd: Date | null } | null> } }, userId: string): Promise<Entitlement> {
  return entitlementFor(await prisma.billingSubscription.findUnique({ where: { userId } }));
}

export function entitlementFor(sub: { status: string; trialEnd: Date | null } | null): Entitlement {
  if (!sub || !PRO_STATUSES.has(sub.status)) return { ...FREE, status: sub?.status ?? null };
  return { plan: "pro", maxServices: 10, channels: ["email", "slack", "webhook"], filters: true, trialEndsAt: sub.status === "trialing" ? sub.trialEnd : null, status: sub.status };
}
