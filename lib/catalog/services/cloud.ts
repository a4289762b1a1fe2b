import type { ServiceEntry } from "../types";
import { getProbe } from "./helpers";

export const cloudServices: readonly ServiceEntry[] = [
  {
    slug: "aws",
    name: "AWS",
    category: "cloud",
    statusPageUrl: "https://health.aws.amazon.com/health/status",
    // UTF-16 JSON array of current events; empty means all clear.
    source: { format: "aws", url: "https://health.aws.amazon.com/public/currentevents", verified: true },
    aliases: ["amazon-web-services"],
    related: { alternatives: ["google-cloud", "azure"] },
  },
  {
    slug: "google-cloud",
    name: "Google Cloud",
    category: "cloud",
    statusPageUrl: "https://status.cloud.google.com",
    source: { format: "google", url: "https://status.cloud.google.com/incidents.json", verified: false },
    aliases: ["gcp", "google-cloud-platform"],
    related: { alternatives: ["aws", "azure"] },
  },
  {
    slug: "azure",
    name: "Microsoft Azure",
    category: "cloud",
    statusPageUrl: "https://azure.status.microsoft/en-us/status",
    // Same pinned feed as entra-id, unfiltered. A healthy feed has no items.
    source: { format: "feed", url: "https://rssfeed.azure.status.microsoft/en-us/status/feed/", verified: true },
    probes: [getProbe("arm", "Resource Manager (no token)", "https://management.azure.com/subscriptions?api-version=2022-12-01", [401])],
    aliases: ["microsoft-azure"],
    related: { alternatives: ["aws", "google-cloud"] },
  },
  {
    slug: "cloudflare",
    name: "Cloudflare",
    category: "cloud",
    statusPageUrl: "https://www.cloudflarestatus.com",
    source: { format: "statuspage", url: "https://www.cloudflarestatus.com/api/v2/summary.json", verified: true },
    keyComponents: ["API", "Dashboard", "CDN/Cache", "Authoritative DNS", "Workers", "Access"],
    probes: [getProbe("api", "API (public IP list)", "https://api.cloudflare.com/client/v4/ips", [200])],
    related: { alternatives: ["vercel", "netlify"] },
  },
  {
    slug: "vercel",
    name: "Vercel",
    category: "cloud",
    statusPageUrl: "https://www.vercel-status.com",
    source: { format: "statuspage", url: "https://www.vercel-status.com/api/v2/summary.json", verified: true },
    probes: [getProbe("api", "API (no token)", "https://api.vercel.com/v2/user", [401, 403])],
    related: { alternatives: ["netlify", "cloudflare", "fly-io"] },
  },
  {
    slug: "netlify",
    name: "Netlify",
    category: "cloud",
    statusPageUrl: "https://www.netlifystatus.com",
    source: { format: "statuspage", url: "https://www.netlifystatus.com/api/v2/summary.json", verified: false },
    probes: [getProbe("api", "API (no token)", "https://api.netlify.com/api/v1/sites", [401])],
    related: { alternatives: ["vercel", "cloudflare"] },
  },
  {
    slug: "fly-io",
    name: "Fly.io",
    category: "cloud",
    statusPageUrl: "https://status.flyio.net",
    source: { format: "statuspage", url: "https://status.flyio.net/api/v2/summary.json", verified: false },
    aliases: ["fly", "flyio"],
    related: { alternatives: ["heroku", "vercel"] },
  },
  {
    slug: "heroku",
    name: "Heroku",
    category: "cloud",
    statusPageUrl: "https://status.heroku.com",
    // Heroku's v4 JSON (/api/v4/current-status, colour per system) would need its own format;
    // until then its incident feed. Heroku runs on AWS.
    source: { format: "feed", url: "https://status.heroku.com/feed", verified: false },
    related: { dependsOn: ["aws"], alternatives: ["fly-io", "vercel", "netlify"] },
  },
];
