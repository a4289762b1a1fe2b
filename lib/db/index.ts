import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client.ts";
import { DbError } from "./errors";

export { DbError } from "./errors";
export type { PrismaClient };

export type DbKind = "embedded" | "postgres";

export interface Database {
  kind: DbKind;
  prisma: PrismaClient;
  /** The adapter factory the client uses; migrations run through it too. */
  adapter: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** postgres:// URL; when absent, the embedded database is used. */
  databaseUrl?: string;
  /** Embedded data directory, or memory:// for a throwaway database. */
  dataDir: string;
}

/** Opens a connection: a PostgreSQL server when a URL is given, otherwise embedded PGlite. */
export async function connect(opts: ConnectOptions): Promise<Database> {
  if (opts.databaseUrl) return connectPostgres(opts.databaseUrl);
  const { openEmbedded } = await import("./embedded");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const embedded = await openEmbedded(opts.dataDir);
  const adapter = new PrismaPGlite(embedded.pglite) as unknown as SqlMigrationAwareDriverAdapterFactory;
  const prisma = new PrismaClient({ adapter });
  return {
    kind: "embedded",
    prisma,
    adapter,
    async close() {
      await prisma.$disconnect();
      await embedded.close();
    },
  };
}

async function connectPostgres(url: string): Promise<Database> {
  const { default: pg } = await import("pg");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  // Check reachability up front so a bad URL fails with one clear line instead of on first query.
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
    await probe.query("SELECT 1");
  } catch (err) {
    const where = safeHost(url);
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new DbError("DB_UNREACHABLE", `DATABASE_URL points to ${where}, which cannot be reached (${reason})`,
      "start that PostgreSQL server, fix DATABASE_URL, or unset it to use the embedded database", { cause: err });
  } finally {
    await probe.end().catch(() => {});
  }
  const adapter = new PrismaPg({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  const prisma = new PrismaClient({ adapter });
  return { kind: "postgres", prisma, adapter, close: () => prisma.$disconnect() };
}

/** host:port/db of a URL, without credentials, for messages. */
export function safeHost(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "an unparsable URL";
  }
}

// One database per process, shared through globalThis because Next.js may load this module
// in several bundles (route handlers, instrumentation) and the embedded database allows one opener.
const KEY = Symbol.for("statusradar.db");
type Holder = { [KEY]?: Promise<Database> };

export function setDatabase(db: Promise<Database>): void {
  (globalThis as Holder)[KEY] = db;
}

/** The process's database, opened from env on first use unless the launcher already opened it. */
export async function getDb(): Promise<Database> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const { env } = await import("../env/server");
    holder[KEY] = connect({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
    holder[KEY].catch(() => { delete holder[KEY]; });
  }
  return holder[KEY];
}

export async function prisma(): Promise<PrismaClient> {
  return (await getDb()).prisma;
}
