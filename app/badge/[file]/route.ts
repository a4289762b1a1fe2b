import { findService, resolveSlug } from "@/lib/catalog/services";
import { badgeSvg } from "@/lib/status/badge";
import { cachedServiceList } from "@/lib/status/cached";

export const revalidate = 60;
export const dynamicParams = true;
export const generateStaticParams = () => [];

/** GET /badge/<slug>.svg */
export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const file = (await ctx.params).file;
  const match = file.endsWith(".svg") ? resolveSlug(file.slice(0, -4)) : null;
  if (!match) return new Response("unknown badge", { status: 404, headers: { "content-type": "text/plain" } });
  const state = (await cachedServiceList()).find((s) => s.slug === match.slug)?.state ?? "unknown";
  return new Response(badgeSvg(findService(match.slug)!.name, state), {
    headers: { "content-type": "image/svg+xml; charset=utf-8", "cache-control": "public, max-age=60, stale-while-revalidate=300", "access-control-allow-origin": "*" },
  });
}
