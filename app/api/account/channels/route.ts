import { z } from "zod";
import { removeChannel, setChannel } from "@/lib/accounts/channels";
import { sendTestAlert } from "@/lib/alerts/send-test-alert";
import { accountAction, backTo } from "@/lib/auth/current";
import { prisma } from "@/lib/db";
import { env, siteUrl } from "@/lib/env/server";

export const dynamic = "force-dynamic";

const kind = z.enum(["slack", "webhook"]);
const input = z.discriminatedUnion("action", [
  z.object({ action: z.literal("set"), kind, url: z.string().trim().min(1, "enter a URL").max(2000) }),
  z.object({ action: z.literal("remove"), kind }),
  z.object({ action: z.literal("test") }),
]);

/** POST /api/account/channels {csrf, action: set|remove|test, kind?, url?}. */
export const POST = (req: Request) => accountAction(req, async ({ session, form }) => {
  const parsed = input.safeParse(form);
  if (!parsed.success) return backTo(req, "/account", { error: parsed.error.issues[0]?.message ?? "invalid request" });
  const db = await prisma();
  const a = parsed.data;
  if (a.action === "set") await setChannel(db, session.userId, a.kind, a.url, { production: env.NODE_ENV === "production" });
  else if (a.action === "remove") await removeChannel(db, session.userId, a.kind);
  else {
    const results = await sendTestAlert(db, session.userId, siteUrl(), new Date());
    return backTo(req, "/account", { tested: Object.entries(results).map(([k, v]) => `${k}: ${v}`).join("; ") });
  }
  return backTo(req, "/account", { saved: "1" });
});
