import { z } from "zod";
import { retryParked } from "@/lib/alerts/outbox";
import { accountAction, backTo, isAdmin } from "@/lib/auth/current";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

const input = z.discriminatedUnion("action", [
  z.object({ action: z.literal("retry-all") }),
  z.object({ action: z.literal("retry"), id: z.string().regex(/^[a-z0-9]{10,40}$/, "not a delivery id") }),
]);

/** POST /api/admin/outbox {csrf, action: retry-all | retry, id}: parked deliveries go out again. */
export const POST = (req: Request) => accountAction(req, async ({ session, form }) => {
  if (!isAdmin(session)) return Response.json({ error: "not_found" }, { status: 404 });
  const parsed = input.safeParse(form);
  if (!parsed.success) return backTo(req, "/admin", { error: `Invalid request: ${parsed.error.issues[0]?.message}` });
  const n = await retryParked(await prisma(), new Date(), parsed.data.action === "retry" ? [parsed.data.id] : undefined);
  return backTo(req, "/admin", { retried: String(n) });
});
