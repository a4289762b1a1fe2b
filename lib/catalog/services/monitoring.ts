import type { ServiceEntry } from "../types";
import { getProbe } from "./helpers";

export const monitoringServices: readonly ServiceEntry[] = [
  {
    slug: "datadog",
    name: "Datadog",
    category: "monitoring",
    // US1 only; each Datadog site (EU, US3 …) has its own page.
    statusPageUrl: "https://status.datadoghq.com",
    source: { format: "statuspage", url: "https://status.datadoghq.com/api/v2/summary.json", verified: false },
    probes: [getProbe("api", "Key validation (no key)", "https://api.datadoghq.com/api/v1/validate", [401, 403])],
    related: { alternatives: ["sentry"] },
  },
  {
    slug: "sentry",
    name: "Sentry",
    category: "monitoring",
    statusPageUrl: "https://status.sentry.io",
    source: { format: "statuspage", url: "https://status.sentry.io/api/v2/summary.json", verified: false },
    related: { alternatives: ["datadog"] },
  },
  {
    slug: "pagerduty",
    name: "PagerDuty",
    category: "monitoring",
    statusPageUrl: "https://status.pagerduty.com",
    // PagerDuty's own page: /api/v2 404s. Its SPA reads /api/services and /api/impacted_services,
    // which would need a format of their own; until then only whether the page answers.
    source: { format: "reachability", url: "https://status.pagerduty.com/", verified: false },
    probes: [getProbe("api", "REST API (no token)", "https://api.pagerduty.com/abilities", [401])],
    aliases: ["pager-duty"],
    related: { alternatives: ["datadog"] },
  },
];
