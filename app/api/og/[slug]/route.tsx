import { ImageResponse } from "@vercel/og";
import { findService, resolveSlug } from "@/lib/catalog/services";
import { cachedServicePage } from "@/lib/status/cached";
import { STATE_COLOR, STATE_LABEL } from "@/lib/status/labels";
import { averageUptime } from "@/lib/status/uptime";

// Cached like the page and expired with it when the service's state changes (same cache tags).
export const revalidate = 300;
export const dynamicParams = true;
export const generateStaticParams = () => [];


/** GET /api/og/<slug>: 1200×630 share image with the service, its live verdict colour and 90-day uptime. */
export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const match = resolveSlug((await ctx.params).slug); // already decoded: route handlers get decoded params
  if (!match) return new Response("unknown service", { status: 404 });
  const entry = findService(match.slug)!;
  const page = await cachedServicePage(match.slug);
  const state = page?.status.verdict.state ?? "unknown";
  const ratio = averageUptime(page?.uptime ?? []);
  const uptime = ratio !== null ? `${(ratio * 100).toFixed(2)} % uptime, 90 days` : "uptime: collecting data";
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#0b0f14", color: "#f3f4f6" }}>
        <div style={{ fontSize: 36, color: "#9ca3af" }}>StatusRadar</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 76, fontWeight: 700 }}>{`Is ${entry.name} down?`}</div>
          <div style={{ display: "flex", alignItems: "center", marginTop: 24 }}>
            <div style={{ width: 44, height: 44, borderRadius: 22, background: STATE_COLOR[state], marginRight: 20 }} />
            <div style={{ fontSize: 52, color: state === "unknown" ? "#d1d5db" : "#ffffff" }}>{STATE_LABEL[state]}</div>
          </div>
        </div>
        <div style={{ fontSize: 34, color: "#d1d5db" }}>{uptime}</div>
      </div>
    ),
    { width: 1200, height: 630, headers: { "cache-control": "public, max-age=300, stale-while-revalidate=600" } },
  );
}
