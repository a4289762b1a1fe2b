import { cookies } from "next/headers";
import { backTo, readForm } from "@/lib/auth/current";
import { consumeMagicLink } from "@/lib/auth/magic-link";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { createSession, SESSION_COOKIE } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { env, siteUrl } from "@/lib/env/server";

export const dynamic = "force-dynamic";

/** POST /api/auth/verify {token}: consumes the link (once) and starts a session. */
export async function POST(req: Request) {
  if (!isSameOrigin(req)) return Response.json({ error: "forbidden", message: "cross-site request refused" }, { status: 403 });
  const { token } = await readForm(req);
  const db = await prisma();
  const now = new Date();
  // Tokens are randomToken()s (43 URL-safe characters); anything else is not worth a lookup.
  const who = typeof token === "string" && /^[\w-]{20,100}$/.test(token) ? await consumeMagicLink(db, token, now) : null;
  if (!who) return backTo(req, "/signin", { error: "That sign-in link is invalid, used or expired. Ask for a new one." });
  const session = await createSession(db, who.userId, now);
  (await cookies()).set(SESSION_COOKIE, session.cookie, {
    httpOnly: true, sameSite: "lax", secure: env.NODE_ENV === "production" && siteUrl().startsWith("https://"),
    path: "/", expires: session.expiresAt,
  });
  return backTo(req, "/account");
}
