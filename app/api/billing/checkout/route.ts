import { accountAction } from "@/lib/auth/current";
import { startCheckout } from "@/lib/billing/checkout";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env/server";

export const dynamic = "force-dynamic";

/** POST /api/billing/checkout {csrf}: 303 to Stripe Checkout for Alert Pro (14-day trial). */
export const POST = (req: Request) => accountAction(req, async ({ session }) => {
  const url = await startCheckout(await prisma(), session.userId, siteUrl());
  return new Response(null, { status: 303, headers: { location: url } });
});
