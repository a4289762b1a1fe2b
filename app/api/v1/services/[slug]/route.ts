import { resolveSlug } from "@/lib/catalog/services";
import { toErrorResponse } from "@/lib/http/errors";
import { cachedCheckTimes, cachedServicePage } from "@/lib/status/cached";
import { averageUptime } from "@/lib/status/uptime";

// Answered per request from the cached reads (lib/status/cached.ts), so check times are never
// older than their 5 s cache; a stored response would keep an old time through a quiet spell.
export const dynamic = "force-dynamic";

const headers = { "access-control-allow-origin": "*", "cache-control": "public, max-age=5, s-maxage=5" };

/** GET /api/v1/services/<slug>: normalised state, components, active incidents, probes and uptime. */
export async function GET(req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params;
  const match = resolveSlug(slug); // already decoded: route handlers get decoded params
  if (!match) return Response.json({ error: "not_found", message: `no service "${slug}"` }, { status: 404, headers });
  if (!match.canonical) return Response.redirect(new URL(`/api/v1/services/${match.slug}`, req.url), 308);
  try {
    const [page, checks] = await Promise.all([cachedServicePage(match.slug), cachedCheckTimes()]);
    if (!page) return Response.json({ error: "not_found", message: `no data for "${match.slug}" yet` }, { status: 404, headers });
    const official = { ...page.status.official, lastCheckAt: checks[match.slug] ?? page.status.official.lastCheckAt };
    return Response.json({ ...page.status, official, uptime: { days: 90, ratio: averageUptime(page.uptime), byDay: page.uptime } }, { headers });
  } catch (err) {
    return toErrorResponse(err);
  }
}
