import type { ServiceEntry } from "./types";

// The catalog. Adding a service is one entry here; the seed step copies it into the database.
// Source facts (hosts, endpoints, formats) come from ../shared/research/upstream-status-formats.md.
export const services: readonly ServiceEntry[] = [
  {
    slug: "workos",
    name: "WorkOS",
    category: "identity-broker",
    statusPageUrl: "https://status.workos.com",
    source: { format: "statuspage", url: "https://status.workos.com/api/v2/summary.json", verified: true },
    related: { dependsOn: ["okta", "entra-id", "google-workspace"], alternatives: ["auth0", "clerk", "frontegg", "ory"] },
  },
  {
    slug: "okta",
    name: "Okta",
    category: "identity-provider",
    statusPageUrl: "https://status.okta.com",
    source: { format: "okta", url: "https://status.okta.com/", verified: true },
    related: { alternatives: ["entra-id", "google-workspace"] },
  },
  {
    slug: "entra-id",
    name: "Microsoft Entra ID",
    category: "identity-provider",
    statusPageUrl: "https://azure.status.microsoft/en-us/status",
    source: { format: "feed", url: "https://rssfeed.azure.status.microsoft/en-us/status/feed/", verified: true, filter: { match: "Entra|Azure Active Directory|sign-?in|MFA|multi-factor" } },
    aliases: ["azure-ad", "azure-active-directory", "microsoft-entra-id"],
    related: { alternatives: ["okta", "google-workspace"] },
  },
  {
    slug: "google-workspace",
    name: "Google Workspace",
    category: "identity-provider",
    statusPageUrl: "https://www.google.com/appsstatus/dashboard/",
    source: { format: "google", url: "https://www.google.com/appsstatus/dashboard/incidents.json", verified: true },
    aliases: ["gsuite", "google"],
    related: { alternatives: ["okta", "entra-id"] },
  },
  {
    slug: "auth0",
    name: "Auth0",
    category: "auth",
    statusPageUrl: "https://status.auth0.com",
    source: { format: "statuspage", url: "https://auth0.statuspage.io/api/v2/summary.json", verified: false },
    related: { alternatives: ["workos", "clerk", "frontegg", "ory"] },
  },
  {
    slug: "clerk",
    name: "Clerk",
    category: "auth",
    statusPageUrl: "https://status.clerk.com",
    source: { format: "statuspage", url: "https://status.clerk.com/api/v2/summary.json", verified: true },
    related: { alternatives: ["auth0", "workos", "frontegg"] },
  },
  {
    slug: "ory",
    name: "Ory",
    category: "auth",
    statusPageUrl: "https://status.ory.com",
    source: { format: "statuspage", url: "https://status.ory.com/api/v2/summary.json", verified: false },
    related: { alternatives: ["auth0", "workos", "clerk"] },
  },
  {
    slug: "frontegg",
    name: "Frontegg",
    category: "auth",
    statusPageUrl: "https://status.frontegg.com",
    source: { format: "statuspage", url: "https://status.frontegg.com/api/v2/summary.json", verified: true },
    related: { alternatives: ["workos", "auth0", "clerk"] },
  },
];

const bySlug = new Map(services.map((s) => [s.slug, s]));

export function findService(slug: string): ServiceEntry | undefined {
  return bySlug.get(slug);
}
