import type { ServiceEntry } from "../types";
import { getProbe } from "./helpers";

export const identityBrokers: readonly ServiceEntry[] = [
  {
    slug: "workos",
    name: "WorkOS",
    category: "identity-broker",
    statusPageUrl: "https://status.workos.com",
    source: { format: "statuspage", url: "https://status.workos.com/api/v2/summary.json", verified: true, pageName: "WorkOS" },
    keyComponents: ["API", "SSO", "Directory Sync", "Admin Portal", "AuthKit", "Dashboard"],
    // Without a key the API answers 401 {"message":"Unauthorized"}; 5xx or a timeout means down.
    probes: [getProbe("api", "API (no key)", "https://api.workos.com/organizations", [401])],
    related: {
      // SSO through WorkOS fails when the customer's IdP fails. The API sits behind Cloudflare (cf-ray headers).
      dependsOn: ["okta", "entra-id", "google-workspace", "onelogin", "jumpcloud", "ping-identity", "duo", "cloudflare"],
      alternatives: ["auth0", "clerk", "frontegg", "stytch"],
    },
  },
];
