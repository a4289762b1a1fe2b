// GET /api/cron/poll — one poll cycle. Schedule: every minute from Vercel Cron (vercel.json);
// `?cycles=2` runs a second cycle 30 s after the first, keeping the 30 s promise on a
// one-minute cron. Guarantees: bearer auth in constant time; leases in the database mean
// overlapping calls never poll one source twice in a cycle.
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { withCron } from "@/lib/cron/with-cron";
import { AppError } from "@/lib/http/errors";
import type { CycleSummary } from "@/lib/monitor/poll-cycle";
import { runScheduledCycle } from "@/lib/monitor/run-scheduled-cycle";
import { tagsFor } from "@/lib/status/revalidate";

export const dynamic = "force-dynamic";
export const maxDuration = 60;

const query = z.object({ cycles: z.coerce.number().int().min(1).max(2).default(1) });

export const GET = withCron(async (req) => {
  const parsed = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) throw new AppError("bad_request", "cycles must be 1 or 2", 400);
  const summaries: CycleSummary[] = [];
  for (let i = 0; i < parsed.data.cycles; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 30_000 - summaries[0]!.durationMs));
    // Inside a route handler Next's own revalidateTag works directly.
    summaries.push(await runScheduledCycle({ onChanged: (slugs) => tagsFor(slugs).forEach((t) => revalidateTag(t, { expire: 0 })) }));
  }
  return Response.json({ cycles: summaries }, { headers: { "cache-control": "no-store" } });
});
