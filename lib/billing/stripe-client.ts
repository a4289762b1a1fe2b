import Stripe from "stripe";
import { env } from "../env/server";
import { AppError } from "../http/errors";

export const PRICE_LOOKUP_KEY = "alert_pro_monthly";
export const TRIAL_DAYS = 14;

let client: Stripe | undefined;

/** The one Stripe client. Throws a 503 AppError with a plain message when billing is not configured. */
export function stripe(): Stripe {
  if (!env.STRIPE_SECRET_KEY) throw new AppError("billing_not_configured", "Billing is not configured on this server.", 503);
  if (!client) {
    const base = env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : null;
    client = new Stripe(env.STRIPE_SECRET_KEY, {
      maxNetworkRetries: 2,
      timeout: 15_000,
      ...(base ? { host: base.hostname, port: Number(base.port || (base.protocol === "https:" ? 443 : 80)), protocol: base.protocol.replace(":", "") as "http" | "https" } : {}),
    });
  }
  return client;
}

/**
 * The Alert Pro price: STRIPE_PRICE_ID when set, otherwise the price with our lookup key,
 * created (product and price) on first use. Idempotent: a second run finds the first one's price.
 */
export async function ensurePrice(s: Stripe = stripe(), configured = env.STRIPE_PRICE_ID): Promise<string> {
  if (configured) return configured;
  const found = await s.prices.list({ lookup_keys: [PRICE_LOOKUP_KEY], active: true, limit: 1 });
  if (found.data[0]) return found.data[0].id;
  const product = await s.products.create({ name: "StatusRadar Alert Pro", description: "Alerts within 60 seconds for WorkOS and up to 9 more APIs" }, { idempotencyKey: "statusradar-product-alert-pro" });
  const price = await s.prices.create(
    { product: product.id, unit_amount: 900, currency: "usd", recurring: { interval: "month" }, lookup_key: PRICE_LOOKUP_KEY, transfer_lookup_key: true },
    { idempotencyKey: "statusradar-price-alert-pro-900" },
  );
  return price.id;
}
