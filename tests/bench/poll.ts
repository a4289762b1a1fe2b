// npm run bench:poll — 500 Statuspage sources on the fixture server (a separate process, so its
// CPU is not counted), each answering in 50–300 ms; the poller on an embedded database on disk.
// Prints wall time, CPU time, rows written and memory for a first, an unchanged and a changed cycle.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedCatalog } from "../../lib/catalog/seed";
import { connect } from "../../lib/db";
import { applyMigrations } from "../../lib/db/migrations";
import { syntheticEntries } from "../../lib/dev/synthetic";
import { runPollCycle } from "../../lib/monitor/poll-cycle";
import { freePort } from "../helpers/app";

const N = Number(process.env.BENCH_SOURCES ?? 500);
const entries = syntheticEntries(N);

async function startFixture(etags: boolean) {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/fixture.ts", "--port", String(port)], {
    env: { ...process.env, FIXTURE_SYNTHETIC: String(N), FIXTURE_LATENCY: "50-300", FIXTURE_ETAGS: String(etags) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve) => child.stdout!.on("data", (c) => String(c).includes("serving") && resolve()));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM"), child };
}

async function run(etags: boolean) {
  const fixture = await startFixture(etags);
  const dir = mkdtempSync(path.join(os.tmpdir(), "sr-bench-"));
  const db = await connect({ dataDir: dir });
  await applyMigrations(db.adapter);
  await seedCatalog(db.prisma, entries);
  let clock = new Date();
  const rows = async () => (await db.prisma.component.count()) + (await db.prisma.incident.count()) + (await db.prisma.stateEvent.count());
  const cycle = async (label: string) => {
    clock = new Date(clock.getTime() + 30_000);
    const before = await rows();
    const cpu = process.cpuUsage();
    const t = performance.now();
    const s = await runPollCycle({ prisma: db.prisma, entries, override: fixture.url, intervalMs: 30_000, staleAfterMs: 90_000, now: () => clock, concurrency: 100 });
    const wall = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const mem = process.memoryUsage();
    console.log(
      `${label.padEnd(34)} wall ${wall.toFixed(0).padStart(5)} ms  cpu ${((used.user + used.system) / 1000).toFixed(0).padStart(5)} ms  ` +
      `ok ${s.ok} 304 ${s.notModified} failed ${s.failed}  changed ${String(s.changed.length).padStart(3)}  ` +
      `component/incident/event rows +${(await rows()) - before}  rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`,
    );
  };
  console.log(`\n${N} sources, 50–300 ms each, ETag/If-None-Match ${etags ? "on" : "off (every body parsed)"}`);
  await cycle("first cycle (creates components)");
  await cycle("unchanged cycle");
  await cycle("unchanged cycle again");
  await fetch(`${fixture.url}/__fixture/step`, { method: "POST", body: JSON.stringify({ at: 0, service: "bench-7", components: { API: "major_outage" }, incident: { id: "b-1", status: "investigating", impact: "critical" } }) });
  await cycle("one service goes down");
  fixture.stop();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}

await run(true);
await run(false);
process.exit(0);
