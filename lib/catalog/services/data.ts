import type { ServiceEntry } from "../types";
import { getProbe } from "./helpers";

export const dataServices: readonly ServiceEntry[] = [
  {
    slug: "mongodb-atlas",
    name: "MongoDB Atlas",
    category: "data",
    statusPageUrl: "https://status.mongodb.com",
    source: { format: "statuspage", url: "https://status.mongodb.com/api/v2/summary.json", verified: false },
    probes: [getProbe("api", "Admin API (no key)", "https://cloud.mongodb.com/api/atlas/v2/groups", [401])],
    aliases: ["mongodb"],
    related: { alternatives: ["neon", "supabase"] },
  },
  {
    slug: "neon",
    name: "Neon",
    category: "data",
    statusPageUrl: "https://neonstatus.com",
    // status.io page; the page id comes from another poller's source, not from our research.
    source: { format: "statusio", url: "https://api.status.io/1.0/status/6878fc85709daa75be6c7e3c", verified: false },
    probes: [getProbe("api", "API (no key)", "https://console.neon.tech/api/v2/projects", [401])],
    aliases: ["neon-tech", "neon-postgres"],
    related: { alternatives: ["supabase", "mongodb-atlas"] },
  },
  {
    slug: "algolia",
    name: "Algolia",
    category: "data",
    statusPageUrl: "https://status.algolia.com",
    // Not Statuspage (those paths are decoys): per-cluster JSON at /1/status and /1/incidents,
    // which would need a format of their own; until then only whether the page answers.
    source: { format: "reachability", url: "https://status.algolia.com/", verified: false },
  },
];
