import type { MetadataRoute } from "next";
import { services } from "@/lib/catalog/services";
import { siteUrl } from "@/lib/env/server";
import { cachedRecentIncidents } from "@/lib/status/cached";

// Rendered on request and cached like the pages, so incident pages appear as they happen.
export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = siteUrl();
  const incidents = await cachedRecentIncidents(1000);
  return [
    { url: `${site}/`, changeFrequency: "always", priority: 1 },
    ...services.map((s) => ({ url: `${site}/status/${s.slug}`, changeFrequency: "always" as const, priority: 0.9 })),
    ...incidents.map((i) => ({ url: `${site}/status/${i.serviceSlug}/incidents/${encodeURIComponent(i.id)}`, lastModified: i.updatedAt, changeFrequency: "daily" as const, priority: 0.5 })),
  ];
}
