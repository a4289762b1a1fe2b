import type { ServiceEntry } from "../types";

export const commerceServices: readonly ServiceEntry[] = [
  {
    slug: "shopify",
    name: "Shopify",
    category: "commerce",
    statusPageUrl: "https://www.shopifystatus.com",
    // Every Shopify API is per store, so there is no keyless probe.
    source: { format: "statuspage", url: "https://www.shopifystatus.com/api/v2/summary.json", verified: false },
  },
];
