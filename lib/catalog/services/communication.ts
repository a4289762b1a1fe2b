import type { ServiceEntry } from "../types";
import { getProbe } from "./helpers";

export const communicationServices: readonly ServiceEntry[] = [
  {
    slug: "slack",
    name: "Slack",
    category: "communication",
    statusPageUrl: "https://slack-status.com",
    source: { format: "slack", url: "https://slack-status.com/api/v2.0.0/current", verified: true },
    keyComponents: ["Login/SSO", "Messaging", "Connectivity", "Apps/Integrations/APIs", "Huddles"],
    probes: [getProbe("api", "Web API test method", "https://slack.com/api/api.test", [200])],
    related: { alternatives: ["discord", "microsoft-365"] },
  },
  {
    slug: "discord",
    name: "Discord",
    category: "communication",
    statusPageUrl: "https://discordstatus.com",
    source: { format: "statuspage", url: "https://discordstatus.com/api/v2/summary.json", verified: false },
    keyComponents: ["API", "Gateway", "Media Proxy", "Voice"],
    probes: [getProbe("gateway", "Gateway lookup", "https://discord.com/api/v10/gateway", [200])],
    related: { alternatives: ["slack"] },
  },
  {
    slug: "zoom",
    name: "Zoom",
    category: "communication",
    statusPageUrl: "https://status.zoom.us",
    source: { format: "statuspage", url: "https://status.zoom.us/api/v2/summary.json", verified: false },
    probes: [getProbe("api", "API (no token)", "https://api.zoom.us/v2/users/me", [401])],
    aliases: ["zoom-us"],
    related: { alternatives: ["google-workspace", "microsoft-365", "slack"] },
  },
  {
    slug: "twilio",
    name: "Twilio",
    category: "communication",
    statusPageUrl: "https://status.twilio.com",
    source: { format: "statuspage", url: "https://status.twilio.com/api/v2/summary.json", verified: true },
    probes: [getProbe("api", "REST API (no credentials)", "https://api.twilio.com/2010-04-01/Accounts.json", [401])],
  },
];
