import { resolveSlug } from "@/lib/catalog/services";
import { prisma } from "@/lib/db";
import { toErrorResponse } from "@/lib/http/errors";
import { getServiceStatus } from "@/lib/status/get-service-status";

export const dynamic = "force-dynamic";

const cors = { "access-control-allow-origin": "*", "cache-control": "public, max-age=15, stale-while-revalidate=30" };

/** GET /api/v1/services/<slug>: normalised state, components, active incidents and probes. */
export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const { slug } = await ctx.params;
  const match = resolveSlug(slug);
  if (!match) return Response.json({ error: "not_found", message: `no service "${slug}"` }, { status: 404, headers: cors });
  if (!match.canonical) return Response.redirect(new URL(`/api/v1/services/${match.slug}`, _req.url), 308);
  try {
    const status = await getServiceStatus(await prisma(), match.slug);
    if (!status) return Response.json({ error: "not_found", message: `no data for "${match.slug}" yet` }, { status: 404, headers: cors });
    return Response.json(status, { headers: cors });
  } catch (err) {
    return toErrorResponse(err);
  }
}
