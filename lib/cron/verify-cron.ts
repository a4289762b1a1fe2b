import { safeEqual } from "../auth/tokens";

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
  return given.length > 0 && safeEqual(given, secret) ? { ok: true } : { ok: false, status: 401, error: "unauthorized" };
}
