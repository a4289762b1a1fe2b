import type { Database } from "./index";

export interface DbHealth {
  kind: Database["kind"];
  reachable: boolean;
  migrations: { applied: number; latest: string | null };
  reason?: string;
}

/** Reads migration state; any failure is reported as unreachable with its reason, never thrown. */
export async function checkDatabase(db: Database, timeoutMs = 3000): Promise<DbHealth> {
  try {
    const query = db.prisma.$queryRaw<{ applied: bigint | number; latest: string | null }[]>`
      SELECT count(*) AS applied, max(migration_name) AS latest
      FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const rows = await withTimeout(query, timeoutMs);
    const row = rows[0];
    return { kind: db.kind, reachable: true, migrations: { applied: Number(row?.applied ?? 0), latest: row?.latest ?? null } };
  } catch (err) {
    return { kind: db.kind, reachable: false, migrations: { applied: 0, latest: null }, reason: reasonOf(err) };
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, (e) => { clearTimeout(t); reject(e); });
  });
}

/** The first meaningful line of an error; driver errors often start with a blank line. */
export function reasonOf(err: unknown): string {
  const e = err as { message?: string; code?: string; name?: string };
  const line = (e.message ?? "").split("\n").map((l) => l.trim()).find(Boolean);
  return line ?? e.code ?? e.name ?? "unknown error";
}
