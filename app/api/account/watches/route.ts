import { z } from "zod";
import { addWatch, removeWatch, SEVERITIES, updateWatchFilters } from "@/lib/accounts/watches";
import { accountAction, backTo } from "@/lib/auth/current";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

const slug = z.string().trim().toLowerCase().regex(/^[a-z0-9-]{1,60}$/, "not a service slug");
const input = z.discriminatedUnion("action", [
  z.object({ action: z.literal("add"), service: slug }),
  z.object({ action: z.literal("remove"), service: slug }),
  z.object({
    action: z.literal("filters"), service: slug, minSeverity: z.enum(SEVERITIES), maintenance: z.literal("1").optional(),
    components: z.union([z.string(), z.array(z.string())]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean)).pipe(z.array(z.string().max(120)).max(50)),
  }),
]);

/** POST /api/account/watches {csrf, action: add|remove|filters, service, …}. */
export const POST = (req: Request) => accountAction(req, async ({ session, form }) => {
  const parsed = input.safeParse(form);
  if (!parsed.success) return backTo(req, "/account", { error: `Invalid request: ${parsed.error.issues[0]?.message}` });
  const db = await prisma();
  const a = parsed.data;
  if (a.action === "add") await addWatch(db, session.userId, a.service);
  else if (a.action === "remove") await removeWatch(db, session.userId, a.service);
  else await updateWatchFilters(db, session.userId, a.service, { components: a.components, minSeverity: a.minSeverity, notifyMaintenance: a.maintenance === "1" });
  return backTo(req, "/account", { saved: "1" });
});
