/** The formats we can read; one parser module per format lives in lib/sources (see lib/sources/index.ts). */
export const SOURCE_FORMATS = [
  "statuspage", // Atlassian Statuspage v2 summary.json (incident.io pages serve it too)
  "incidentio", // incident.io widget API /api/v1/summary
  "instatus", // Instatus /summary.json
  "betterstack", // Better Stack /index.json (JSON:API)
  "statusio", // status.io public API /1.0/status/<page_id>
  "google", // Google Cloud / Workspace / Firebase incidents.json
  "slack", // Slack status API /api/v2.0.0/current
  "okta", // status.okta.com HTML with embedded JSON
  "stripe", // status.stripe.com/current
  "aws", // health.aws.amazon.com/public/currentevents
  "feed", // RSS 2.0 or Atom, entries folded by id
  "reachability", // the page answers at all: the last resort
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export type Category = "identity-broker" | "identity-provider" | "auth" | "email" | "payments" | "cloud" | "devtools" | "ai" | "communication" | "monitoring" | "data" | "commerce" | "productivity";

/** Narrows a shared or noisy source to the part about this service. */
export interface SourceFilter {
  /** Case-insensitive regex (source text) an item's title/category/service must match (feeds, Azure, AWS, Slack). */
  match?: string;
  /** Google: affected_products ids to keep. */
  productIds?: string[];
  /** Statuspage-like sources shared by several products: component names to keep. */
  components?: string[];
}

export interface SourceSpec {
  format: SourceFormat;
  /** The endpoint we poll. The fixture switch (UPSTREAM_OVERRIDE_URL) rewrites its origin. */
  url: string;
  /** False until someone confirmed the endpoint answers in this format. */
  verified: boolean;
  filter?: SourceFilter;
  /** Expected page name (Statuspage `page.name` …): guards against decoy and catch-all pages. */
  pageName?: string;
  /** Extra request headers (Okta wants a browser User-Agent). */
  headers?: Record<string, string>;
}

/** A synthetic HTTP check of our own. */
export interface ProbeSpec {
  id: string;
  name: string;
  method: "GET" | "HEAD" | "POST";
  url: string;
  /** Statuses that mean "up" (a 401 from an API called without a key means the API answered). */
  expectStatus: number[];
  /** Slower than this counts as degraded. */
  latencyThresholdMs: number;
}

export interface ServiceEntry {
  slug: string;
  name: string;
  category: Category;
  /** The human-facing official status page. */
  statusPageUrl: string;
  source: SourceSpec;
  /** The official components that matter most to our visitors (names as the upstream spells them). */
  keyComponents?: string[];
  probes?: ProbeSpec[];
  /** Other spellings that redirect to this entry ("azure-ad" → "entra-id"). */
  aliases?: string[];
  /** Services whose state explains this one's (the IdPs behind a broker), and alternatives. */
  related?: { dependsOn?: string[]; alternatives?: string[] };
}
