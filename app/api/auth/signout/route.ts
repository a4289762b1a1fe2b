import { cookies } from "next/headers";
import { accountAction, backTo } from "@/lib/auth/current";
import { SESSION_COOKIE, signOut } from "@/lib/auth/session";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/** POST /api/auth/signout {csrf, everywhere?}: ends this session, or every session of the user. */
export const POST = (req: Request) => accountAction(req, async ({ session, form }) => {
  await signOut(await prisma(), session, form.everywhere === "1");
  (await cookies()).delete(SESSION_COOKIE);
  return backTo(req, "/signin", { signedOut: "1" });
});
