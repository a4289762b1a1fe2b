import { aiServices } from "./services/ai";
import { authVendors } from "./services/auth";
import { cloudServices } from "./services/cloud";
import { commerceServices } from "./services/commerce";
import { communicationServices } from "./services/communication";
import { dataServices } from "./services/data";
import { devtoolServices } from "./services/devtools";
import { emailServices } from "./services/email";
import { identityBrokers } from "./services/identity-broker";
import { identityProviders } from "./services/identity-provider";
import { monitoringServices } from "./services/monitoring";
import { paymentServices } from "./services/payments";
import { productivityServices } from "./services/productivity";
import type { Category, ServiceEntry } from "./types";

// The catalog. Adding a service is one entry in services/<category>.ts; the seed step copies it into
// the database. Source facts (hosts, endpoints, formats) come from shared/research/upstream-status-formats.md;
// `verified: true` only where that research confirmed the endpoint.

/** Display order of the categories: the identity chain first, since that is what the site is for. */
export const CATEGORY_ORDER: readonly Category[] = [
  "identity-broker", "identity-provider", "auth", "email", "payments", "cloud", "devtools",
  "ai", "communication", "monitoring", "data", "commerce", "productivity",
];

export const services: readonly ServiceEntry[] = [
  ...identityBrokers,
  ...identityProviders,
  ...authVendors,
  ...emailServices,
  ...paymentServices,
  ...cloudServices,
  ...devtoolServices,
  ...aiServices,
  ...communicationServices,
  ...monitoringServices,
  ...dataServices,
  ...commerceServices,
  ...productivityServices,
];

const bySlug = new Map(services.map((s) => [s.slug, s]));
const byAlias = new Map(services.flatMap((s) => (s.aliases ?? []).map((a) => [a, s.slug] as const)));

/** Exact, canonical slugs only. */
export function findService(slug: string): ServiceEntry | undefined {
  return bySlug.get(slug);
}

/**
 * Maps what a visitor typed or linked ("WorkOS", "azure-ad", "google workspace") to a catalog slug.
 * `canonical` is false when the input is not literally the slug, so the page can redirect permanently.
 */
export function resolveSlug(input: string): { slug: string; canonical: boolean } | null {
  const key = input.trim().toLowerCase().replace(/[\s_]+/g, "-");
  const slug = bySlug.has(key) ? key : byAlias.get(key);
  return slug ? { slug, canonical: input === slug } : null;
}

/** The catalog grouped by category, in CATEGORY_ORDER, skipping empty categories; catalog order within each. */
export function servicesByCategory(): { category: Category; services: ServiceEntry[] }[] {
  return CATEGORY_ORDER.map((category) => ({ category, services: services.filter((s) => s.category === category) }))
    .filter((g) => g.services.length > 0);
}
