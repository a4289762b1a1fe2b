// npm run worker: a long-running poller for self-hosting. Run any number of them beside
// `next start` (with SCHEDULER=false there) on one PostgreSQL: leases share the work.
import { hostname } from "node:os";
import { connect, setDatabase } from "../db";
import { applyMigrations } from "../db/migrations";
import { seedCatalog } from "../catalog/seed";
import { loadEnv } from "../env/server";
import { runScheduledCycle } from "../monitor/run-scheduled-cycle";
import { startScheduler } from "../monitor/scheduler";
import { runCli } from "./run";

runCli(async () => {
  const env = loadEnv();
  const db = await connect({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  setDatabase(Promise.resolve(db));
  await applyMigrations(db.adapter);
  await seedCatalog(db.prisma);
  const owner = `${hostname()}:${process.pid}`;
  console.log(`[worker ${owner}] polling every ${env.POLL_INTERVAL_SECONDS} s on ${db.kind} database`);
  const scheduler = startScheduler(async (signal) => {
    const s = await runScheduledCycle({ owner, signal });
    console.log(`[worker] cycle: ${s.claimed} claimed, ${s.ok} ok, ${s.notModified} unchanged, ${s.failed} failed, ${s.durationMs} ms${s.networkDown ? " (our network looks down: probe results discarded)" : ""}${s.changed.length ? `; changed: ${s.changed.join(", ")}` : ""}`);
  }, env.POLL_INTERVAL_SECONDS * 1000, (err) => console.error(`[worker] cycle failed: ${(err as Error).message}`));
  await new Promise<void>((r) => { process.once("SIGINT", r); process.once("SIGTERM", r); });
  await scheduler.stop();
  await db.close();
});
