import { getDb } from "@/lib/db";
import { checkDatabase, reasonOf } from "@/lib/db/health";
import { env } from "@/lib/env/server";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

/** Liveness for people and load balancers: 200 when the database answers, 503 with a reason otherwise. */
export async function GET() {
  const kind = env.DATABASE_URL ? "postgres" : "embedded";
  let body;
  try {
    body = await checkDatabase(await getDb());
  } catch (err) {
    body = { kind, reachable: false, migrations: { applied: 0, latest: null }, reason: reasonOf(err) };
  }
  const payload = { status: body.reachable ? "ok" : "error", database: body, version: pkg.version };
  return Response.json(payload, { status: body.reachable ? 200 : 503, headers: { "cache-control": "no-store" } });
}
