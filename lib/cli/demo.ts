// npm run demo [scenario.json]: the whole product against the fixture "internet", playing a
// scenario once the site is up, so anyone can watch WorkOS go down and recover with no network.
import path from "node:path";
import { services } from "../catalog/services";
import { startFixtureServer } from "../dev/fixture-server";
import { startStripeStandin } from "../dev/stripe";
import { serve } from "../server/serve";
import { readScenario } from "./fixture";
import { runCli } from "./run";

runCli(async () => {
  const file = process.argv[2] ?? path.join("tests", "fixtures", "scenarios", "workos-sso-outage.json");
  const scenario = readScenario(file);
  const fixture = await startFixtureServer({ entries: services, port: Number(process.env.FIXTURE_PORT ?? 4010), log: (l) => console.log(`[fixture] ${l}`) });
  // Stripe too is a local stand-in (hosted Checkout, portal, signed webhooks), so the whole
  // upgrade path works offline; sign-in links appear at /dev/outbox.
  const port = Number(process.env.PORT ?? 3000);
  const stripe = await startStripeStandin({ webhookUrl: `http://127.0.0.1:${port}/api/stripe/webhook` });
  // Env is read lazily, so these take effect for the server started below.
  process.env.UPSTREAM_OVERRIDE_URL = fixture.url;
  process.env.DATA_DIR ??= path.join(".data", "demo");
  process.env.DEV_OUTBOX ??= "true";
  process.env.STRIPE_SECRET_KEY = stripe.secretKey;
  process.env.STRIPE_WEBHOOK_SECRET = stripe.webhookSecret;
  process.env.STRIPE_API_BASE = stripe.url;
  console.log(`[stripe] local stand-in on ${stripe.url}; sign-in links at http://localhost:${port}/dev/outbox`);
  console.log(`[fixture] upstream status pages on ${fixture.url}; "${scenario.name}" starts when the site is ready`);
  try {
    await serve({ onReady: () => fixture.play(scenario) });
  } finally {
    await fixture.close();
    await stripe.close();
  }
});
