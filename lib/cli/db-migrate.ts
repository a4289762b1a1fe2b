// npm run db:migrate: applies pending migrations to the configured database (embedded or DATABASE_URL).
import { connect } from "../db";
import { applyMigrations } from "../db/migrations";
import { loadEnv } from "../env/server";
import { runCli } from "./run";

runCli(async () => {
  const env = loadEnv();
  const db = await connect({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const applied = await applyMigrations(db.adapter);
    console.log(applied.length ? `applied ${applied.length}: ${applied.join(", ")}` : "database is up to date");
  } finally {
    await db.close();
  }
});
