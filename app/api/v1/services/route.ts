import { findService } from "@/lib/catalog/services";
import { toErrorResponse } from "@/lib/http/errors";
import { cachedCheckTimes, cachedServiceList } from "@/lib/status/cached";

// Answered per request from the cached reads (lib/status/cached.ts), so check times are never
// older than their 5 s cache; a stored response would keep an old time through a quiet spell.
export const dynamic = "force-dynamic";

const headers = { "access-control-allow-origin": "*", "cache-control": "public, max-age=5, s-maxage=5" };

/** GET /api/v1/services: every service with its verdict. Documented in the README. */
export async function GET() {
  try {
    const [list, checks] = await Promise.all([cachedServiceList(), cachedCheckTimes()]);
    return Response.json({
      services: list.map((s) => ({
        slug: s.slug, name: s.name, category: findService(s.slug)?.category ?? s.category,
        state: s.state, signal: s.signal, reason: s.reason, checkedAt: checks[s.slug] ?? s.checkedAt, changedAt: s.changedAt,
        url: `/status/${s.slug}`, api: `/api/v1/services/${s.slug}`,
      })),
    }, { headers });
  } catch (err) {
    return toErrorResponse(err);
  }
}
