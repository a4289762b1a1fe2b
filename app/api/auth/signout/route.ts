import { cookies } from "next/headers";
import { backTo, currentSession, readForm } from "@/lib/auth/current";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { checkCsrf, SESSION_COOKIE, signOut } from "@/lib/auth/session";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/** POST /api/auth/signout {csrf, everywhere?}: ends this session, or every session of the user. */
export async function POST(req: Request) {
  const session = await currentSession();
  const form = await readForm(req);
  if (!session) return backTo(req, "/signin");
  if (!isSameOrigin(req) || !checkCsrf(session, form.csrf as string)) return Response.json({ error: "forbidden", message: "invalid CSRF token" }, { status: 403 });
  await signOut(await prisma(), session, form.everywhere === "1");
  (await cookies()).delete(SESSION_COOKIE);
  return backTo(req, "/signin", { signedOut: "1" });
}
