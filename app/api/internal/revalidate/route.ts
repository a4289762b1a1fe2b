// POST /api/internal/revalidate {tags}: expires cached pages at once. Called by the scheduler and
// workers after a poll cycle wrote changes; bearer INTERNAL_TOKEN (or CRON_SECRET), constant-time.
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { verifyCron } from "@/lib/cron/verify-cron";
import { env } from "@/lib/env/server";

export const dynamic = "force-dynamic";

const body = z.object({ tags: z.array(z.string().regex(/^[a-z0-9:_-]{1,80}$/)).min(1).max(200) });

export async function POST(req: Request) {
  const header = req.headers.get("authorization");
  const ok = [env.INTERNAL_TOKEN, env.CRON_SECRET].some((secret) => secret && verifyCron(header, secret, true).ok);
  if (!ok) return Response.json({ error: "unauthorized" }, { status: 401 });
  const parsed = body.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "bad_request", message: "expected {tags: string[]}" }, { status: 400 });
  // expire: 0 makes the next request render fresh instead of serving the stale page once more.
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: parsed.data.tags.length });
}
