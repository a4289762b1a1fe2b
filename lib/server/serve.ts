// One process serves the site and runs the scheduler. The embedded database (PGlite)
// allows a single opener, so the web server and the poller share one connection here.
import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { loadEnv, describeFeatures } from "../env/server";
import { connect, setDatabase } from "../db";
import { applyMigrations } from "../db/migrations";
import { seedCatalog } from "../catalog/seed";
import { runScheduledCycle } from "../monitor/run-scheduled-cycle";
import { requestRevalidation } from "../status/revalidate";
import { startScheduler } from "../monitor/scheduler";
import { assertPortFree } from "./preflight";
import { ensureBuild } from "./build";

const log = (line: string) => console.log(`[statusradar] ${line}`);

export interface ServeOptions {
  /** Called once the site answers; the demo starts its scenario here. */
  onReady?: () => void;
}

/** Starts everything and resolves when the process is asked to stop (SIGINT/SIGTERM). */
export async function serve(opts: ServeOptions = {}): Promise<void> {
  // A per-process secret lets the scheduler expire cached pages through the internal route.
  process.env.INTERNAL_TOKEN ??= randomBytes(24).toString("hex");
  const env = loadEnv();
  const root = path.resolve(process.env.STATUSRADAR_ROOT ?? process.cwd());
  // Pages read files of the project at runtime relative to the working directory (the static
  // documents' stylesheet); a path Next could not trace statically would drag the whole project
  // into the build's file tracing. So the server runs in the project folder.
  if (root !== process.cwd()) process.chdir(root);
  await assertPortFree(env.PORT, env.HOST);
  for (const line of describeFeatures()) log(line);
  if (process.env.SKIP_BUILD !== "1") ensureBuild(root, log);

  const db = await connect({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  setDatabase(Promise.resolve(db));
  const applied = await applyMigrations(db.adapter);
  if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
  const seeded = await seedCatalog(db.prisma);
  if (seeded.created || seeded.updated) log(`catalog: ${seeded.created} added, ${seeded.updated} updated`);

  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    // Rate limits key on X-Forwarded-For. Without a proxy in front, what a client sends there is
    // its own invention: replace it with the address the connection comes from.
    if (!env.TRUST_PROXY) req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.HOST, () => resolve());
  });
  // Pages cached by an earlier run (or built empty) are expired so the first visit renders fresh.
  await requestRevalidation("all");
  log(`ready on http://localhost:${env.PORT}`);
  opts.onReady?.();

  const scheduler = env.SCHEDULER
    ? startScheduler(async (signal) => {
        const summary = await runScheduledCycle({ signal });
        if (summary.networkDown) log(`poll: ${summary.failed} of ${summary.claimed} sources unreachable — our network looks down; probe results discarded`);
        if (summary.changed.length) log(`poll: verdict changed for ${summary.changed.join(", ")}`);
      }, env.POLL_INTERVAL_SECONDS * 1000, (err) => log(`poll cycle failed: ${(err as Error).message}`))
    : undefined;
  if (!scheduler) log("scheduler: off (SCHEDULER=false)");

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  log("shutting down…");
  await scheduler?.stop();
  await new Promise((r) => server.close(r));
  await db.close();
}
