import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { services } from "@/lib/catalog/services";
import { startFixtureServer, type FixtureServer } from "@/lib/dev/fixture-server";
import { startResendStandin, type ResendStandin } from "@/lib/dev/resend";
import { launchBrowser, startApp, waitFor, type RunningApp } from "../helpers/app";

// The promise subscribers pay for, measured end to end with 30 s polling: from the upstream
// page flipping to the email API receiving the alert ≤ 40 s; from the poller seeing it ≤ 5 s.
let fixture: FixtureServer;
let resend: ResendStandin;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  fixture = await startFixtureServer({ entries: services });
  resend = await startResendStandin();
  app = await startApp({ UPSTREAM_OVERRIDE_URL: fixture.url, POLL_INTERVAL_SECONDS: "30", RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await resend?.close();
  await fixture?.close();
});

describe("alert latency", () => {
  it("emails a WorkOS subscriber within 40 s of the outage, 5 s after the poller saw it", async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/signin`);
    await page.getByLabel("Email address").fill("lin@example.com");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.waitForURL(/sent=1/);
    const mail = await waitFor(() => resend.sent.find((m) => m.to.includes("lin@example.com")), "the sign-in email");
    await page.goto(/https?:\/\/[^\s\]]+\/auth\/verify\?token=[\w-]+/.exec(mail.text!)![0]);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(/\/account/);
    await page.getByLabel("Add a service").fill("workos");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.waitForURL(/saved=1/);
    await page.close();

    const flippedAt = Date.now();
    fixture.apply({ at: 0, service: "workos", components: { SSO: "major_outage" }, incident: { id: "lat-1", status: "investigating", impact: "critical" } });
    const alert = await waitFor(() => resend.sent.find((m) => m.to.includes("lin@example.com") && m.subject === "WorkOS is down"), "the alert email", 45_000, 100);
    // The poller "saw" the outage when it fetched WorkOS's page after the flip.
    const seenAt = fixture.requests.find((r) => r.path === "/status.workos.com/api/v2/summary.json" && r.at >= flippedAt)!.at;
    const endToEnd = alert.receivedAt.getTime() - flippedAt;
    console.log(`flip → email API: ${(endToEnd / 1000).toFixed(1)} s; poller saw it → email API: ${((alert.receivedAt.getTime() - seenAt) / 1000).toFixed(1)} s`);
    expect(endToEnd).toBeLessThanOrEqual(40_000);
    expect(alert.receivedAt.getTime() - seenAt).toBeLessThanOrEqual(5_000);
  });
});
