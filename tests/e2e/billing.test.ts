import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { services } from "@/lib/catalog/services";
import { startFixtureServer, type FixtureServer } from "@/lib/dev/fixture-server";
import { startStripeStandin, type StripeStandin } from "@/lib/dev/stripe";
import { freePort, launchBrowser, startApp, type RunningApp } from "../helpers/app";

// The whole upgrade path in Chromium: the app talks to the local Stripe stand-in with the real
// SDK, the stand-in's hosted Checkout redirects back, and its signed webhooks reach our route.
let fixture: FixtureServer;
let stripe: StripeStandin;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  fixture = await startFixtureServer({ entries: services });
  stripe = await startStripeStandin({ webhookUrl: `http://127.0.0.1:${port}/api/stripe/webhook` });
  app = await startApp({
    UPSTREAM_OVERRIDE_URL: fixture.url, POLL_INTERVAL_SECONDS: "30", DEV_OUTBOX: "true", SITE_URL: `http://127.0.0.1:${port}`,
    STRIPE_SECRET_KEY: stripe.secretKey, STRIPE_WEBHOOK_SECRET: stripe.webhookSecret, STRIPE_API_BASE: stripe.url,
  }, port);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await stripe?.close();
  await fixture?.close();
});

async function signIn(page: Page, email: string) {
  await page.goto(`${app.url}/signin`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.waitForURL(/sent=1/);
  await page.goto(`${app.url}/dev/outbox`);
  const text = await page.locator(`[data-to="${email}"] pre`).first().innerText();
  await page.goto(/https?:\/\/[^\s\]]+\/auth\/verify\?token=[\w-]+/.exec(text)![0]);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL(/\/account/);
}

async function add(page: Page, slug: string) {
  await page.getByLabel("Add a service").fill(slug);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.waitForLoadState();
}

describe("Alert Pro upgrade", () => {
  it("sign up → WorkOS → Checkout trial → webhook → Pro with the trial end → 9 more → 11th refused → portal", async () => {
    const page = await browser.newPage();
    await signIn(page, "grace@example.com");
    await add(page, "workos");
    await page.getByRole("button", { name: /Start a 14-day free trial/ }).click();
    await page.waitForURL(new RegExp(`^${stripe.url}/checkout/`));
    await page.getByRole("button", { name: /start trial/i }).click();
    await page.waitForURL(/\/billing\/success/);
    await stripe.idle();
    await page.goto(`${app.url}/account`);
    const plan = await page.getByTestId("plan").innerText();
    expect(plan).toMatch(/Plan: Alert Pro/);
    const trialEnd = new Date(stripe.now() * 1000 + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(plan).toContain(`Free trial until ${trialEnd}`);
    expect(stripe.deliveries.every((d) => d.ok)).toBe(true);

    const more = services.map((s) => s.slug).filter((s) => s !== "workos").slice(0, 10);
    for (const slug of more.slice(0, 9)) await add(page, slug);
    expect(await page.getByTestId("watches").locator("li").count()).toBe(10);
    await add(page, more[9]!);
    expect(await page.getByTestId("account-error").innerText()).toMatch(/up to 10 services/);

    await page.getByTestId("portal").getByRole("button", { name: "Manage billing" }).click();
    await page.waitForURL(new RegExp(`^${stripe.url}/portal/`));
    await page.close();
  });

  it("refuses an unsigned webhook with 400", async () => {
    const res = await fetch(`${app.url}/api/stripe/webhook`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
  });
});
