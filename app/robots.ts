import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env/server";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/cron/", "/api/internal/", "/account", "/dev/"] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
