// POST /api/unsubscribe?token=… — RFC 8058 one-click unsubscribe from one service's alerts.
// Mail clients call it cross-site without cookies, so the signed token is the authority.
import { readUnsubscribeToken, signingSecret } from "@/lib/alerts/unsubscribe";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  const token = new URL(req.url).searchParams.get("token") ?? "";
  // Mail clients send "List-Unsubscribe=One-Click" and read the status; a person pressing the
  // button on /unsubscribe sends an empty form and is shown the result as a page.
  const oneClick = (await req.text()).includes("List-Unsubscribe=One-Click");
  const db = await prisma();
  const who = readUnsubscribeToken(await signingSecret(db), token);
  if (!who) return oneClick ? Response.json({ error: "invalid_token" }, { status: 400 }) : seeOther("/unsubscribe?error=invalid");
  await db.watch.deleteMany({ where: { userId: who.userId, serviceSlug: who.slug } });
  return oneClick ? Response.json({ unsubscribed: who.slug }) : seeOther(`/unsubscribe?done=${encodeURIComponent(who.slug)}`);
}

const seeOther = (location: string) => new Response(null, { status: 303, headers: { location } });
