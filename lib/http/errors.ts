import { DbError } from "../db/errors";
import { reasonOf } from "../db/health";

/** A domain error that knows its HTTP status. Route handlers throw; `toErrorResponse` maps once. */
export class AppError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
    this.name = "AppError";
  }
}

export function toErrorResponse(err: unknown): Response {
  const headers = { "cache-control": "no-store" };
  if (err instanceof AppError) return Response.json({ error: err.code, message: err.message }, { status: err.status, headers });
  if (err instanceof DbError) return Response.json({ error: err.code, message: err.message }, { status: 503, headers });
  const reason = reasonOf(err);
  // Database connection failures are transient: 503 so callers (Vercel Cron, load balancers) retry.
  const transient = /ECONNREFUSED|connect|closed|terminat|timeout/i.test(reason);
  console.error(`[statusradar] request failed: ${reason}`);
  return Response.json({ error: transient ? "unavailable" : "internal", message: transient ? reason : "internal error" }, { status: transient ? 503 : 500, headers });
}
