import type { ServiceEntry } from "../types";
import { getProbe } from "./helpers";

export const devtoolServices: readonly ServiceEntry[] = [
  {
    slug: "github",
    name: "GitHub",
    category: "devtools",
    statusPageUrl: "https://www.githubstatus.com",
    source: { format: "statuspage", url: "https://www.githubstatus.com/api/v2/summary.json", verified: true },
    keyComponents: ["Git Operations", "API Requests", "Webhooks", "Actions", "Pull Requests", "Issues"],
    probes: [getProbe("api", "REST API root", "https://api.github.com/", [200])],
    related: { alternatives: ["gitlab"] },
  },
  {
    slug: "gitlab",
    name: "GitLab",
    category: "devtools",
    statusPageUrl: "https://status.gitlab.com",
    // status.gitlab.com is status.io, not Statuspage: its public API is keyed by page id.
    source: { format: "statusio", url: "https://api.status.io/1.0/status/5b36dc6502d06804c08349f7", verified: true },
    keyComponents: ["Website", "API", "Git Operations", "Container Registry"],
    probes: [getProbe("api", "API (no token)", "https://gitlab.com/api/v4/version", [401])],
    related: { alternatives: ["github"] },
  },
  {
    slug: "linear",
    name: "Linear",
    category: "devtools",
    statusPageUrl: "https://linearstatus.com",
    source: { format: "statuspage", url: "https://linearstatus.com/api/v2/summary.json", verified: false },
    related: { alternatives: ["atlassian", "github"] },
  },
];
