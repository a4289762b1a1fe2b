import type { ServiceEntry } from "../types";
import { getProbe } from "./helpers";

export const paymentServices: readonly ServiceEntry[] = [
  {
    slug: "stripe",
    name: "Stripe",
    category: "payments",
    statusPageUrl: "https://status.stripe.com",
    // status.stripe.com has no /api/v2; its /current JSON (format "stripe") has only up/degraded/down
    // per product. Stripe's Statuspage host also carries incidents and their updates, so we poll that.
    source: { format: "statuspage", url: "https://www.stripestatus.com/api/v2/summary.json", verified: true },
    probes: [getProbe("api", "API (no key)", "https://api.stripe.com/v1/charges", [401])],
    related: { alternatives: ["paypal"] },
  },
  {
    slug: "paypal",
    name: "PayPal",
    category: "payments",
    statusPageUrl: "https://www.paypal-status.com/product/production",
    source: { format: "feed", url: "https://www.paypal-status.com/feed/atom", verified: false },
    related: { alternatives: ["stripe"] },
  },
  {
    slug: "plaid",
    name: "Plaid",
    category: "payments",
    statusPageUrl: "https://status.plaid.com",
    source: { format: "statuspage", url: "https://status.plaid.com/api/v2/summary.json", verified: false },
    related: { alternatives: ["stripe"] },
  },
];
