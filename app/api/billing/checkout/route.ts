import { backTo, currentSession, readForm } from "@/lib/auth/current";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { checkCsrf } from "@/lib/auth/session";
import { startCheckout } from "@/lib/billing/checkout";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env/server";
import { AppError } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/** POST /api/billing/checkout {csrf}: 303 to Stripe Checkout for Alert Pro (14-day trial). */
export async function POST(req: Request) {
  const session = await currentSession();
  if (!session) return backTo(req, "/signin");
  const form = await readForm(req);
  if (!isSameOrigin(req) || !checkCsrf(session, form.csrf as string)) return Response.json({ error: "forbidden", message: "invalid CSRF token" }, { status: 403 });
  try {
    const url = await startCheckout(await prisma(), session.userId, siteUrl());
    return new Response(null, { status: 303, headers: { location: url } });
  } catch (err) {
    if (err instanceof AppError) return backTo(req, "/account", { error: err.message });
    throw err;
  }
}
