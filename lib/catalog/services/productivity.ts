import type { ServiceEntry } from "../types";
import { getProbe } from "./helpers";

export const productivityServices: readonly ServiceEntry[] = [
  {
    slug: "microsoft-365",
    name: "Microsoft 365",
    category: "productivity",
    // The page is a client-rendered shell; the admin-centre RSS behind it is readable.
    statusPageUrl: "https://status.cloud.microsoft",
    source: { format: "feed", url: "https://status.cloud.microsoft/api/feed/mac", verified: true },
    aliases: ["office-365", "office365", "m365", "o365"],
    related: { dependsOn: ["entra-id"], alternatives: ["google-workspace"] },
  },
  {
    slug: "atlassian",
    name: "Atlassian",
    category: "productivity",
    // The umbrella page; Jira, Confluence and Bitbucket also have pages of their own
    // (jira-software.status.atlassian.com …) that would make finer entries.
    statusPageUrl: "https://status.atlassian.com",
    source: { format: "statuspage", url: "https://status.atlassian.com/api/v2/summary.json", verified: false },
    related: { alternatives: ["linear", "notion"] },
  },
  {
    slug: "notion",
    name: "Notion",
    category: "productivity",
    statusPageUrl: "https://www.notion-status.com",
    source: { format: "statuspage", url: "https://www.notion-status.com/api/v2/summary.json", verified: false },
    probes: [getProbe("api", "API (no token)", "https://api.notion.com/v1/users/me", [400, 401])],
    related: { alternatives: ["atlassian", "google-workspace"] },
  },
];
