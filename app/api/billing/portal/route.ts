import { accountAction } from "@/lib/auth/current";
import { startPortal } from "@/lib/billing/checkout";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env/server";

export const dynamic = "force-dynamic";

/** POST /api/billing/portal {csrf}: 303 to Stripe's Customer Portal. */
export const POST = (req: Request) => accountAction(req, async ({ session }) => {
  const url = await startPortal(await prisma(), session.userId, siteUrl());
  return new Response(null, { status: 303, headers: { location: url } });
});
