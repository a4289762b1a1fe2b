/** The formats we can read; one parser module per format lives in lib/sources. */
export type SourceFormat = "statuspage" | "okta" | "google" | "rss";

export type Category = "identity-broker" | "identity-provider" | "auth" | "email" | "payments" | "cloud" | "devtools" | "ai" | "communication" | "monitoring" | "data";

export interface SourceSpec {
  format: SourceFormat;
  /** The endpoint we poll. The fixture switch (UPSTREAM_OVERRIDE_URL) rewrites its origin. */
  url: string;
  /** False until someone confirmed the endpoint answers in this format. */
  verified: boolean;
}

export interface ServiceEntry {
  slug: string;
  name: string;
  category: Category;
  /** The human-facing official status page. */
  statusPageUrl: string;
  source: SourceSpec;
  /** Other spellings that redirect to this entry ("azure-ad" → "entra-id"). */
  aliases?: string[];
  /** Services whose state explains this one's (the IdPs behind a broker), and alternatives. */
  related?: { dependsOn?: string[]; alternatives?: string[] };
}
