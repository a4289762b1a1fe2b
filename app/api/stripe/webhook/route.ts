// POST /api/stripe/webhook — Stripe's events. The signature is checked on the raw body (400 and
// nothing changes when it is missing or wrong); each allowed event re-syncs its customer.
// 200 for handled and ignored events, 500 for transient failures so Stripe retries.
import { handleStripeEvent, type BillingNotice } from "@/lib/billing/handle-event";
import { stripe } from "@/lib/billing/stripe-client";
import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { paymentFailedEmail, trialEndingEmail } from "@/lib/email/templates/account";
import { env, siteUrl } from "@/lib/env/server";
import { toErrorResponse } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return Response.json({ error: "billing_not_configured" }, { status: 503 });
  const signature = req.headers.get("stripe-signature");
  const raw = await req.text();
  if (!signature) return Response.json({ error: "bad_signature", message: "missing Stripe-Signature header" }, { status: 400 });
  const s = stripe();
  let event;
  try {
    event = s.webhooks.constructEvent(raw, signature, env.STRIPE_WEBHOOK_SECRET);
  } catch {
    return Response.json({ error: "bad_signature", message: "signature verification failed" }, { status: 400 });
  }
  try {
    const db = await prisma();
    const notify = async (n: BillingNotice) => {
      const user = await db.user.findUniqueOrThrow({ where: { id: n.userId } });
      const manage = `${siteUrl()}/account`;
      await sendEmail(db, { to: user.email, ...(await (n.kind === "trial_ending" ? trialEndingEmail(n.at, manage) : paymentFailedEmail(manage))), idempotencyKey: `stripe-${n.kind}-${event.id}` });
    };
    const outcome = await handleStripeEvent(db, s, event, new Date(), notify);
    return Response.json({ received: true, outcome });
  } catch (err) {
    const res = toErrorResponse(err);
    return res.status >= 500 ? res : Response.json({ error: "failed" }, { status: 500 });
  }
}
