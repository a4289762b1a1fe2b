import { cookies } from "next/headers";
import { z } from "zod";
import { accountAction, backTo } from "@/lib/auth/current";
import { SESSION_COOKIE } from "@/lib/auth/session";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

const input = z.discriminatedUnion("action", [
  z.object({ action: z.literal("pause"), paused: z.enum(["0", "1"]) }),
  z.object({ action: z.literal("delete"), confirm: z.literal("delete", { message: 'type "delete" to confirm' }) }),
]);

/** POST /api/account/settings {csrf, action: pause|delete}: pause all alerts, or delete the account and its data. */
export const POST = (req: Request) => accountAction(req, async ({ session, form }) => {
  const parsed = input.safeParse(form);
  if (!parsed.success) return backTo(req, "/account", { error: parsed.error.issues[0]?.message ?? "invalid request" });
  const db = await prisma();
  if (parsed.data.action === "pause") {
    await db.user.update({ where: { id: session.userId }, data: { alertsPaused: parsed.data.paused === "1" } });
    return backTo(req, "/account", { saved: "1" });
  }
  // Cascades remove sessions, watches, channels, deliveries and the billing mirror; Stripe keeps its own records.
  await db.user.delete({ where: { id: session.userId } });
  (await cookies()).delete(SESSION_COOKIE);
  return backTo(req, "/signin", { error: "Your account and its data are deleted." });
});
