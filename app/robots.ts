import type { MetadataRoute } from "next";
import { clientEnv } from "@/lib/env/client";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/cron/", "/api/internal/", "/account", "/dev/"] }],
    sitemap: `${clientEnv.NEXT_PUBLIC_SITE_URL}/sitemap.xml`,
  };
}
