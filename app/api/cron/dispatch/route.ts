// GET /api/cron/dispatch — drains the alert outbox once (retries and anything a poll left behind).
// Schedule: every minute from Vercel Cron. Same bearer auth as every cron route; claims are
// leased in the database, so overlapping calls never send one delivery twice.
import { withCron } from "@/lib/cron/with-cron";
import { runDispatch } from "@/lib/alerts/run-dispatch";

export const dynamic = "force-dynamic";
export const maxDuration = 60;

export const GET = withCron(async () => Response.json(await runDispatch(), { headers: { "cache-control": "no-store" } }));
