import { z } from "zod";
import { removeChannel, setChannel } from "@/lib/accounts/channels";
import { sendTestAlert } from "@/lib/alerts/send-test-alert";
import { backTo, currentSession, readForm } from "@/lib/auth/current";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { checkCsrf } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { env, siteUrl } from "@/lib/env/server";
import { AppError } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

const kind = z.enum(["slack", "webhook"]);
const input = z.discriminatedUnion("action", [
  z.object({ action: z.literal("set"), kind, url: z.string().trim().min(1, "enter a URL").max(2000) }),
  z.object({ action: z.literal("remove"), kind }),
  z.object({ action: z.literal("test") }),
]);

/** POST /api/account/channels {csrf, action: set|remove|test, kind?, url?}. */
export async function POST(req: Request) {
  const session = await currentSession();
  if (!session) return backTo(req, "/signin");
  const form = await readForm(req);
  if (!isSameOrigin(req) || !checkCsrf(session, form.csrf as string)) return Response.json({ error: "forbidden", message: "invalid CSRF token" }, { status: 403 });
  const parsed = input.safeParse(form);
  if (!parsed.success) return backTo(req, "/account", { error: parsed.error.issues[0]?.message ?? "invalid request" });
  const db = await prisma();
  const a = parsed.data;
  try {
    if (a.action === "set") await setChannel(db, session.userId, a.kind, a.url, { production: env.NODE_ENV === "production" });
    else if (a.action === "remove") await removeChannel(db, session.userId, a.kind);
    else {
      const results = await sendTestAlert(db, session.userId, siteUrl(), new Date());
      return backTo(req, "/account", { tested: Object.entries(results).map(([k, v]) => `${k}: ${v}`).join("; ") });
    }
  } catch (err) {
    if (err instanceof AppError) return backTo(req, "/account", { error: err.message });
    throw err;
  }
  return backTo(req, "/account", { saved: "1" });
}
