// POST /api/resend/webhook — Resend's delivery events, Svix-signed. A bounce or complaint
// suppresses the address. 400 and no change on a bad signature; 503 when not configured.
import { prisma } from "@/lib/db";
import { suppressFromEvent } from "@/lib/email/suppress";
import { checkSvixSignature } from "@/lib/email/svix";
import { env } from "@/lib/env/server";
import { toErrorResponse } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  if (!env.RESEND_WEBHOOK_SECRET) return Response.json({ error: "not_configured", message: "set RESEND_WEBHOOK_SECRET" }, { status: 503 });
  const raw = await req.text();
  const check = checkSvixSignature(raw, req.headers, env.RESEND_WEBHOOK_SECRET);
  if (!check.ok) return Response.json({ error: "bad_signature" }, { status: 400 });
  let event: { type?: string; data?: { to?: unknown } };
  try {
    event = JSON.parse(raw);
  } catch {
    return Response.json({ error: "bad_request", message: "body is not JSON" }, { status: 400 });
  }
  try {
    const suppressed = await suppressFromEvent(await prisma(), event, new Date());
    return Response.json({ received: true, suppressed });
  } catch (err) {
    return toErrorResponse(err);
  }
}
