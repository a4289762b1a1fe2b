import { services } from "../catalog/services";
import { getDb } from "../db";
import { env } from "../env/server";
import { runPollCycle, type CycleSummary } from "./poll-cycle";
import { runMaintenance } from "./maintenance";
import { runDispatch } from "../alerts/run-dispatch";
import { requestRevalidation } from "../status/revalidate";

// This process's judgement of its own network, carried between its cycles. A serverless cron
// instance may start without it; each cycle that asks enough sources judges afresh anyway.
const vantage = { down: false };

/** One production cycle with the configured catalog, timings and hooks; used by every runner. */
export async function runScheduledCycle(opts: { owner?: string; signal?: AbortSignal; onChanged?: (slugs: string[]) => void | Promise<void> } = {}): Promise<CycleSummary> {
  const db = await getDb();
  const intervalMs = env.POLL_INTERVAL_SECONDS * 1000;
  const summary = await runPollCycle({
    prisma: db.prisma,
    entries: services,
    override: env.UPSTREAM_OVERRIDE_URL,
    intervalMs,
    staleAfterMs: intervalMs * 3,
    owner: opts.owner,
    vantage,
    signal: opts.signal,
    onChanged: opts.onChanged ?? ((slugs) => void requestRevalidation(slugs)),
  });
  if (opts.signal?.aborted) return summary;
  // Alerts go out right after the cycle that saw the change, not a cycle later.
  await runDispatch().catch((err) => console.error(`[statusradar] dispatch failed: ${(err as Error).message}`));
  await runMaintenance(db.prisma, new Date());
  return summary;
}
