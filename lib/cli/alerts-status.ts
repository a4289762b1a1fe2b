// npm run -s alerts:status: the outbox at a glance — counts by status and every parked delivery
// with its last error, so an operator sees what keeps failing.
import { connect } from "../db";
import { loadEnv } from "../env/server";
import { runCli } from "./run";

runCli(async () => {
  const env = loadEnv();
  const db = await connect({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const counts = await db.prisma.delivery.groupBy({ by: ["status"], _count: true });
    const parked = await db.prisma.delivery.findMany({
      where: { status: "parked" }, orderBy: { createdAt: "desc" }, take: 50,
      include: { user: { select: { email: true } }, alertEvent: { select: { kind: true, occurredAt: true, service: { select: { slug: true } } } } },
    });
    console.log(JSON.stringify({
      counts: Object.fromEntries(counts.map((c) => [c.status, c._count])),
      parked: parked.map((d) => ({ id: d.id, to: d.user.email, channel: d.channel, service: d.alertEvent.service.slug, kind: d.alertEvent.kind, attempts: d.attempts, lastError: d.lastError, since: d.createdAt })),
    }, null, 2));
  } finally {
    await db.close();
  }
});
