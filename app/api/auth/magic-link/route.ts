import { z } from "zod";
import { requestMagicLink } from "@/lib/auth/magic-link";
import { backTo, clientIp, readForm } from "@/lib/auth/current";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { prisma } from "@/lib/db";
import { magicLinkEmail } from "@/lib/email/templates/account";
import { sendEmail } from "@/lib/email/send-email";
import { siteUrl } from "@/lib/env/server";
import { AppError } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

const input = z.object({ email: z.string().trim().toLowerCase().max(254).pipe(z.email()) });

/** POST /api/auth/magic-link: always the same answer for a valid address, account or not. */
export async function POST(req: Request) {
  if (!isSameOrigin(req)) return Response.json({ error: "forbidden", message: "cross-site request refused" }, { status: 403 });
  const parsed = input.safeParse(await readForm(req));
  if (!parsed.success) return backTo(req, "/signin", { error: "Enter a valid email address." });
  const db = await prisma();
  try {
    await requestMagicLink(db, { email: parsed.data.email, ip: clientIp(req), now: new Date(), siteUrl: siteUrl() }, async ({ to, link }) => {
      await sendEmail(db, { to, ...(await magicLinkEmail(link)) });
    });
  } catch (err) {
    if (err instanceof AppError && err.status === 429) return backTo(req, "/signin", { error: err.message });
    throw err;
  }
  return backTo(req, "/signin", { sent: "1" });
}
