import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { services } from "@/lib/catalog/services";
import { startFixtureServer, type FixtureServer } from "@/lib/dev/fixture-server";
import { launchBrowser, startApp, type RunningApp } from "../helpers/app";

let fixture: FixtureServer;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  fixture = await startFixtureServer({ entries: services });
  app = await startApp({ UPSTREAM_OVERRIDE_URL: fixture.url, POLL_INTERVAL_SECONDS: "30", DEV_OUTBOX: "true", ADMIN_EMAILS: "ops@example.com" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await fixture?.close();
});

/** Signs in through the real flow: the form, the link from the local outbox, "Continue". */
async function signIn(email: string, afterSent?: (page: Page) => Promise<void>) {
  const page = await browser.newPage();
  await page.goto(`${app.url}/signin`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.waitForURL(/\/signin\?sent=1/);
  await afterSent?.(page);
  await page.goto(`${app.url}/dev/outbox`);
  const text = await page.locator(`[data-to="${email}"] pre`).first().innerText();
  const link = /https?:\/\/[^\s\]]+\/auth\/verify\?token=[\w-]+/.exec(text)![0];
  await page.goto(link.replace(/^https?:\/\/[^/]+/, app.url));
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL(/\/account/);
  return { page, link };
}

describe("accounts", () => {
  it("signs up by magic link from the outbox, adds WorkOS, and refuses a second service on Free", async () => {
    const { page, link } = await signIn("ada@example.com", async (p) => {
      expect(await p.getByRole("status").innerText()).toMatch(/sign-in link is on its way/);
    });
    expect(await page.getByTestId("account-email").innerText()).toBe("ada@example.com");
    expect(await page.getByTestId("plan").innerText()).toMatch(/Plan: Free/);
    await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8") });
    const violations = await page.evaluate(async () => (await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe.run()).violations.map((v) => v.id));
    expect(violations, "axe on /account").toEqual([]);

    await page.getByLabel("Add a service").fill("workos");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.waitForURL(/saved=1/);
    expect(await page.getByTestId("watches").innerText()).toContain("WorkOS");
    await page.getByLabel("Add a service").fill("okta");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    expect(await page.getByTestId("account-error").innerText()).toMatch(/Free plan alerts on 1 service\. Upgrade to Alert Pro/);

    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.waitForURL(/signedOut=1/);
    await page.goto(`${app.url}/account`);
    await page.waitForURL(/\/signin/);

    // The link worked once: using it again fails.
    await page.goto(link.replace(/^https?:\/\/[^/]+/, app.url));
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(/\/signin\?error=/);
    await page.close();
  });

  it("opens the alert outbox to ADMIN_EMAILS only; everyone else gets a 404", async () => {
    expect((await fetch(`${app.url}/admin`)).status).toBe(404);
    const { page: user } = await signIn("bob@example.com");
    expect((await user.goto(`${app.url}/admin`))!.status()).toBe(404);
    const csrf = await user.goto(`${app.url}/account`).then(() => user.locator('input[name="csrf"]').first().getAttribute("value"));
    const forged = await user.evaluate(async (token) => (await fetch("/api/admin/outbox", { method: "POST", body: new URLSearchParams({ csrf: token!, action: "retry-all" }), redirect: "manual" })).status, csrf);
    expect(forged).toBe(404);
    await user.close();

    const { page: ops } = await signIn("ops@example.com");
    const res = await ops.goto(`${app.url}/admin`);
    expect(res!.status()).toBe(200);
    expect(await ops.getByRole("heading", { level: 1 }).innerText()).toBe("Alert outbox");
    expect(await ops.getByTestId("outbox-counts").innerText()).toMatch(/parked\s+0/);
    expect(await ops.getByText("Nothing is parked.").isVisible()).toBe(true);
    await ops.close();
  });

  it("limits sign-in links per client even when the client forges X-Forwarded-For", async () => {
    const ask = (i: number) => fetch(`${app.url}/api/auth/magic-link`, {
      method: "POST", redirect: "manual",
      headers: { origin: app.url, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `203.0.113.${i}` },
      body: `email=flood${i}%40example.com`,
    });
    const answers: string[] = [];
    for (let i = 0; i < 12; i++) answers.push(decodeURIComponent(((await ask(i)).headers.get("location") ?? "").replaceAll("+", " ")));
    // Twelve "different" addresses from one connection: the per-address limit (10) still bites.
    expect(answers.filter((l) => /sent=1/.test(l)).length).toBeLessThanOrEqual(10);
    expect(answers.at(-1)).toMatch(/Too many sign-in links/);
  });

  it("refuses state changes without the CSRF token or from another origin", async () => {
    const cross = await fetch(`${app.url}/api/auth/magic-link`, { method: "POST", headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }, body: "email=a%40b.co", redirect: "manual" });
    expect(cross.status).toBe(403);
    const page = await browser.newPage();
    await page.goto(`${app.url}/signin`);
    const status = await page.evaluate(async () => (await fetch("/api/account/watches", { method: "POST", body: new URLSearchParams({ action: "add", service: "okta" }), redirect: "manual" })).status);
    expect([303, 0]).toContain(status); // not signed in: sent to /signin, nothing changed
    await page.close();
  });
});
