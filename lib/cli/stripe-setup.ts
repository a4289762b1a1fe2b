// npm run stripe:setup: finds or creates the Alert Pro product and $9/month price (lookup key
// alert_pro_monthly) in the configured Stripe account. Safe to run again: it finds the same price.
import { ensurePrice, PRICE_LOOKUP_KEY } from "../billing/stripe-client";
import { loadEnv } from "../env/server";
import { runCli } from "./run";

runCli(async () => {
  const env = loadEnv();
  if (!env.STRIPE_SECRET_KEY) throw new Error("STRIPE_SECRET_KEY is not set: nothing to set up");
  const price = await ensurePrice(undefined, undefined);
  console.log(`Alert Pro price: ${price} (lookup key ${PRICE_LOOKUP_KEY}). Set STRIPE_PRICE_ID=${price} to skip the lookup.`);
});
