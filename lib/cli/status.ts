// npm run -s status -- <slug>: one service's current normalised status as JSON. Reads the
// database; when `npm start` holds the embedded database, asks the running server instead.
import { resolveSlug } from "../catalog/services";
import { connect, DbError } from "../db";
import { loadEnv } from "../env/server";
import { getServiceStatus } from "../status/get-service-status";
import { runCli } from "./run";

runCli(async () => {
  const input = process.argv[2];
  if (!input) throw new Error("usage: npm run -s status -- <slug>");
  const slug = resolveSlug(input)?.slug;
  if (!slug) throw new Error(`no service "${input}" in the catalog`);
  const env = loadEnv();
  let db;
  try {
    db = await connect({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  } catch (err) {
    if (!(err instanceof DbError && err.code === "DB_LOCKED")) throw err;
    const res = await fetch(`http://127.0.0.1:${env.PORT}/api/v1/services/${slug}`).catch(() => null);
    if (!res?.ok) throw new Error(`${err.message}, and no server answers on port ${env.PORT}`);
    console.log(JSON.stringify(await res.json(), null, 2));
    return;
  }
  try {
    const status = await getServiceStatus(db.prisma, slug);
    if (!status) throw new Error(`${slug} is not in the database yet: run npm start or npm run db:migrate first`);
    console.log(JSON.stringify(status, null, 2));
  } finally {
    await db.close();
  }
});
