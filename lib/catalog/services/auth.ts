import type { ServiceEntry } from "../types";
import { getProbe } from "./helpers";

export const authVendors: readonly ServiceEntry[] = [
  {
    slug: "auth0",
    name: "Auth0",
    category: "auth",
    statusPageUrl: "https://status.auth0.com",
    // status.auth0.com has no /api/v2 and its RSS is per tenant (?domain=<tenant>), so we try the
    // Statuspage host other pollers use. Unconfirmed, and *.statuspage.io hosts can be decoys: pageName guards.
    source: { format: "statuspage", url: "https://auth0.statuspage.io/api/v2/summary.json", verified: false, pageName: "Auth0" },
    related: { alternatives: ["workos", "clerk", "stytch", "frontegg"] },
  },
  {
    slug: "clerk",
    name: "Clerk",
    category: "auth",
    statusPageUrl: "https://status.clerk.com",
    // incident.io page that serves the Statuspage-compatible /api/v2.
    source: { format: "statuspage", url: "https://status.clerk.com/api/v2/summary.json", verified: true },
    probes: [getProbe("api", "Backend API (no key)", "https://api.clerk.com/v1/users", [401, 403])],
    related: { alternatives: ["auth0", "stytch", "descope", "workos"] },
  },
  {
    slug: "ory",
    name: "Ory",
    category: "auth",
    statusPageUrl: "https://status.ory.com",
    // Platform unknown; if this fails try /summary.json (Instatus), /index.json (Better Stack), /feed.atom.
    source: { format: "statuspage", url: "https://status.ory.com/api/v2/summary.json", verified: false },
    aliases: ["ory-network"],
    related: { alternatives: ["auth0", "workos", "clerk"] },
  },
  {
    slug: "frontegg",
    name: "Frontegg",
    category: "auth",
    statusPageUrl: "https://status.frontegg.com",
    source: { format: "statuspage", url: "https://status.frontegg.com/api/v2/summary.json", verified: true, pageName: "Frontegg" },
    related: { alternatives: ["workos", "auth0", "descope"] },
  },
  {
    slug: "stytch",
    name: "Stytch",
    category: "auth",
    statusPageUrl: "https://status.stytch.com",
    source: { format: "instatus", url: "https://status.stytch.com/summary.json", verified: true },
    probes: [getProbe("api", "API (no key)", "https://api.stytch.com/v1/users", [401])],
    related: { alternatives: ["clerk", "descope", "auth0", "workos"] },
  },
  {
    slug: "descope",
    name: "Descope",
    category: "auth",
    statusPageUrl: "https://descopestatus.com",
    source: { format: "instatus", url: "https://descopestatus.com/summary.json", verified: false },
    related: { alternatives: ["stytch", "frontegg", "auth0"] },
  },
  {
    slug: "supabase",
    name: "Supabase",
    category: "auth",
    statusPageUrl: "https://status.supabase.com",
    source: { format: "statuspage", url: "https://status.supabase.com/api/v2/summary.json", verified: true },
    keyComponents: ["Auth", "Database", "Storage", "Realtime", "Edge Functions"],
    probes: [getProbe("api", "Management API (no key)", "https://api.supabase.com/v1/projects", [401])],
    related: { alternatives: ["firebase-auth", "aws-cognito", "neon"] },
  },
  {
    slug: "firebase-auth",
    name: "Firebase Authentication",
    category: "auth",
    statusPageUrl: "https://status.firebase.google.com",
    // Same schema as Google Cloud; the archive covers every Firebase product, we keep Authentication.
    source: { format: "google", url: "https://status.firebase.google.com/incidents.json", verified: true, filter: { match: "\\bAuthentication\\b" } },
    keyComponents: ["Authentication"],
    // The public keys every backend fetches to verify Firebase ID tokens.
    probes: [getProbe("jwks", "ID token signing keys", "https://www.googleapis.com/robot/v1/metadata/x509/securetoken@system.gserviceaccount.com", [200])],
    aliases: ["firebase-authentication"],
    related: { dependsOn: ["google-cloud"], alternatives: ["supabase", "aws-cognito", "auth0"] },
  },
  {
    slug: "aws-cognito",
    name: "Amazon Cognito",
    category: "auth",
    statusPageUrl: "https://health.aws.amazon.com/health/status",
    // The AWS-wide current-events list (UTF-16, empty when all is well), narrowed to Cognito events.
    source: { format: "aws", url: "https://health.aws.amazon.com/public/currentevents", verified: true, filter: { match: "cognito" } },
    aliases: ["cognito", "amazon-cognito"],
    related: { dependsOn: ["aws"], alternatives: ["firebase-auth", "auth0", "supabase"] },
  },
];
