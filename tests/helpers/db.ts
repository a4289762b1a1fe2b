import { randomBytes } from "node:crypto";
import pg from "pg";
import { connect, type Database } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrations";

/** Embedded PGlite always; a real PostgreSQL server too when TEST_DATABASE_URL is set. */
export const databaseKinds = (["embedded", ...(process.env.TEST_DATABASE_URL ? ["postgres"] : [])] as const) as readonly ("embedded" | "postgres")[];

export interface TestDatabase {
  db: Database;
  url?: string;
  cleanup(): Promise<void>;
}

/** A brand-new, empty database of the given kind (migrations not applied unless asked). */
export async function freshDatabase(kind: "embedded" | "postgres", opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  if (kind === "embedded") {
    const db = await connect({ dataDir: "memory://" });
    if (opts.migrate !== false) await applyMigrations(db.adapter);
    return { db, cleanup: () => db.close() };
  }
  const admin = process.env.TEST_DATABASE_URL!;
  assertLocal(admin);
  const name = `sr_test_${randomBytes(6).toString("hex")}`;
  await withClient(admin, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const db = await connect({ databaseUrl: url.toString(), dataDir: "unused" });
  if (opts.migrate !== false) await applyMigrations(db.adapter);
  return {
    db,
    url: url.toString(),
    async cleanup() {
      await db.close();
      await withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Tests never reach outside this machine. */
export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host) && !host.startsWith("/")) {
    throw new Error(`refusing to run tests against non-local database host ${host}`);
  }
}

/** A comparable description of the public schema: columns, constraints and indexes. */
export async function describeSchema(db: Database): Promise<string[]> {
  const columns = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT table_name, column_name, data_type, is_nullable, column_default, datetime_precision
     FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, column_name`);
  const constraints = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
     FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype <> 'n' ORDER BY conname`);
  const indexes = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`);
  return [...columns, ...constraints, ...indexes].map((r) => JSON.stringify(r));
}
