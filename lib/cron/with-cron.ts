import { env } from "../env/server";
import { toErrorResponse } from "../http/errors";
import { verifyCron } from "./verify-cron";

/** Every cron route goes through this: bearer check, then the handler, with errors mapped once. */
export function withCron(handler: (req: Request) => Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    const auth = verifyCron(req.headers.get("authorization"), env.CRON_SECRET, env.NODE_ENV === "production");
    if (!auth.ok) return Response.json({ error: auth.error }, { status: auth.status, headers: { "cache-control": "no-store" } });
    try {
      return await handler(req);
    } catch (err) {
      return toErrorResponse(err);
    }
  };
}
