// npm run bench:alerts — 10,000 subscribers to WorkOS; the local Resend stand-in (a separate
// process would be fairer, but its cost is small) limited to 10 requests/s; batches of 100.
// WorkOS goes down in one poll cycle; we time the drain of the outbox until every email is
// accepted, and count duplicates, dispatcher CPU and memory.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startResendStandin } from "../../lib/dev/resend";
import { startFixtureServer } from "../../lib/dev/fixture-server";

const N = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);
const resend = await startResendStandin({ rateLimitPerSecond: 10 });
process.env.RESEND_API_KEY = resend.apiKey;
process.env.RESEND_BASE_URL = resend.url;
const { connect, setDatabase } = await import("../../lib/db");
const { applyMigrations } = await import("../../lib/db/migrations");
const { seedCatalog } = await import("../../lib/catalog/seed");
const { runPollCycle } = await import("../../lib/monitor/poll-cycle");
const { dispatchDue } = await import("../../lib/alerts/dispatch");
const { defaultSenders } = await import("../../lib/alerts/senders");
const { testEntries } = await import("../helpers/entries");

const dir = mkdtempSync(path.join(os.tmpdir(), "sr-bench-alerts-"));
const db = await connect({ dataDir: dir });
setDatabase(Promise.resolve(db));
await applyMigrations(db.adapter);
await seedCatalog(db.prisma, testEntries);
const fixture = await startFixtureServer({ entries: testEntries });
for (let i = 0; i < N; i += 1000) {
  const users = Array.from({ length: Math.min(1000, N - i) }, (_, k) => ({ id: `u${i + k}`, email: `subscriber${i + k}@example.com` }));
  await db.prisma.user.createMany({ data: users });
  await db.prisma.watch.createMany({ data: users.map((u) => ({ userId: u.id, serviceSlug: "workos" })) });
}
const poll = (now: Date) => runPollCycle({ prisma: db.prisma, entries: testEntries, override: fixture.url, intervalMs: 30_000, staleAfterMs: 90_000, now: () => now });
await poll(new Date(Date.now() - 30_000));
fixture.apply({ at: 0, service: "workos", components: { SSO: "major_outage" }, incident: { id: "b1", status: "investigating", impact: "critical" } });

const cpu = process.cpuUsage();
const t0 = performance.now();
const cycle = await poll(new Date());
const enqueued = performance.now() - t0;
const senders = defaultSenders(db.prisma);
let rounds = 0;
for (;;) {
  const s = await dispatchDue(db.prisma, { now: new Date(), senders, siteUrl: "https://statusradar.test" });
  rounds++;
  if (resend.sent.length >= N || rounds > 2000) break;
  if (!s.claimed) await new Promise((r) => setTimeout(r, 100));
}
const total = performance.now() - t0;
const used = process.cpuUsage(cpu);
const unique = new Set(resend.sent.map((m) => m.to[0])).size;
const mem = process.memoryUsage();
console.log(`subscribers            ${N}`);
console.log(`state change → enqueued ${enqueued.toFixed(0)} ms (${cycle.changed.join(", ")})`);
console.log(`emails accepted        ${resend.sent.length} (${unique} distinct recipients, ${resend.sent.length - unique} duplicates)`);
console.log(`total time             ${(total / 1000).toFixed(1)} s (target ≤ 15 s) in ${rounds} dispatch rounds`);
console.log(`dispatcher CPU         ${((used.user + used.system) / 1000).toFixed(0)} ms`);
console.log(`memory                 rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
console.log(`Resend requests        ${JSON.stringify(resend.stats())}`);
await fixture.close();
await resend.close();
await db.close();
rmSync(dir, { recursive: true, force: true });
process.exit(resend.sent.length === N && unique === N ? 0 : 1);
