import type { ServiceEntry } from "@/lib/catalog/types";

const statuspage = (slug: string, name: string, host: string): ServiceEntry => ({
  slug, name, category: "auth", statusPageUrl: `https://${host}`,
  source: { format: "statuspage", url: `https://${host}/api/v2/summary.json`, verified: true },
});

/** A small catalog for tests: three Statuspage services (WorkOS with its API probe) and one we cannot read. */
export const testEntries: ServiceEntry[] = [
  {
    ...statuspage("workos", "WorkOS", "status.workos.com"),
    category: "identity-broker",
    probes: [{ id: "api", name: "WorkOS API", method: "GET", url: "https://api.workos.com/organizations", expectStatus: [401], latencyThresholdMs: 1500 }],
  },
  statuspage("clerk", "Clerk", "status.clerk.com"),
  statuspage("frontegg", "Frontegg", "status.frontegg.com"),
  { slug: "okta", name: "Okta", category: "identity-provider", statusPageUrl: "https://status.okta.com", source: { format: "okta", url: "https://status.okta.com/", verified: true } },
];
