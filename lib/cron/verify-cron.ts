import { createHash, timingSafeEqual } from "node:crypto";

export type CronAuth = { ok: true } | { ok: false; status: 401 | 503; error: string };

/**
 * Checks `Authorization: Bearer <CRON_SECRET>` in constant time (both sides hashed first, so
 * length differences leak nothing). With no secret configured, production refuses every call;
 * development allows them so the routes can be tried locally.
 */
export function verifyCron(authorization: string | null, secret: string | undefined, production: boolean): CronAuth {
  if (!secret) {
    return production ? { ok: false, status: 503, error: "cron is not configured: set CRON_SECRET" } : { ok: true };
  }
  const given = authorization?.startsWith("Bearer ") ? authorization.slice(7) : "";
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(secret).digest();
  return timingSafeEqual(a, b) && given.length > 0 ? { ok: true } : { ok: false, status: 401, error: "unauthorized" };
}
