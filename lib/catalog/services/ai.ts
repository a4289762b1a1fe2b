import type { ServiceEntry } from "../types";
import { getProbe } from "./helpers";

export const aiServices: readonly ServiceEntry[] = [
  {
    slug: "openai",
    name: "OpenAI",
    category: "ai",
    statusPageUrl: "https://status.openai.com",
    // incident.io page; its Statuspage-compatible summary.json omits `incidents`, so incident
    // history needs /api/v2/incidents.json as well.
    source: { format: "statuspage", url: "https://status.openai.com/api/v2/summary.json", verified: true },
    keyComponents: ["Responses", "Chat Completions", "Embeddings", "Codex"],
    probes: [getProbe("api", "API (no key)", "https://api.openai.com/v1/models", [401])],
    aliases: ["chatgpt", "open-ai"],
    related: { alternatives: ["anthropic"] },
  },
  {
    slug: "anthropic",
    name: "Anthropic",
    category: "ai",
    statusPageUrl: "https://status.claude.com",
    // The page moved from status.anthropic.com to status.claude.com.
    source: { format: "statuspage", url: "https://status.claude.com/api/v2/summary.json", verified: false },
    probes: [getProbe("api", "API (no key)", "https://api.anthropic.com/v1/models", [401])],
    aliases: ["claude"],
    related: { alternatives: ["openai"] },
  },
];
