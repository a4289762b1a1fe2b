// npm run -s alerts:status: the outbox at a glance — counts by status and every parked delivery
// with its last error, so an operator sees what keeps failing. With the embedded database the
// server holds it: use /admin there (ADMIN_EMAILS).
import { outboxReport } from "../alerts/outbox";
import { connect } from "../db";
import { loadEnv } from "../env/server";
import { runCli } from "./run";

runCli(async () => {
  const env = loadEnv();
  const db = await connect({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const report = await outboxReport(db.prisma);
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await db.close();
  }
});
