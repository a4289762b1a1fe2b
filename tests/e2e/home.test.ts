import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { services } from "@/lib/catalog/services";
import { startFixtureServer, type FixtureServer } from "@/lib/dev/fixture-server";
import { launchBrowser, startApp, type RunningApp } from "../helpers/app";
import { firstLoadJs } from "../helpers/first-load-js";

let fixture: FixtureServer;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  fixture = await startFixtureServer({ entries: services });
  app = await startApp({ UPSTREAM_OVERRIDE_URL: fixture.url, POLL_INTERVAL_SECONDS: "5" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await fixture?.close();
});

describe("the running product", () => {
  it("reports an embedded, migrated database on /api/health", async () => {
    const res = await fetch(`${app.url}/api/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", database: { kind: "embedded", reachable: true } });
    expect(body.database.migrations.applied).toBeGreaterThan(0);
    expect(body.database.migrations.latest).toMatch(/^\d{14}_/);
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("lists every catalogued service on the home page", async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await expect.poll(() => page.locator("[data-slug]").count()).toBe(services.length);
    for (const name of ["WorkOS", "Okta", "Microsoft Entra ID", "Google Workspace", "Auth0", "Clerk", "Ory", "Frontegg"]) {
      await expect.poll(() => page.getByText(name, { exact: true }).count()).toBe(1);
    }
    await page.close();
  });

  it("keeps check times current between changes, in the API and on the home page", async () => {
    const okta = async () => (await (await fetch(`${app.url}/api/v1/services/okta`)).json()) as { verdict: { changedAt: string }; official: { lastCheckAt: string } };
    await expect.poll(async () => (await okta()).official?.lastCheckAt ?? null, { timeout: 20_000 }).not.toBeNull();
    const first = await okta();
    // Nothing changes at Okta, so its cached page is not re-rendered; the check time still moves.
    await expect.poll(async () => Date.parse((await okta()).official.lastCheckAt), { timeout: 30_000, interval: 1000 }).toBeGreaterThan(Date.parse(first.official.lastCheckAt));
    expect((await okta()).verdict.changedAt).toBe(first.verdict.changedAt);
    const page = await browser.newPage();
    await page.goto(app.url);
    const line = page.locator('[data-checked-slug="okta"]');
    await expect.poll(async () => Number(/^checked (\d+) s ago$/.exec(await line.innerText())?.[1] ?? NaN), { timeout: 10_000 }).toBeLessThanOrEqual(25);
    await page.close();
  });

  it("filters the list as you type, and Enter opens the first match", async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    const search = page.getByRole("searchbox", { name: "Find a service" });
    await search.fill("okt");
    await expect.poll(() => page.locator(".service-card:visible").count()).toBe(1);
    expect(await page.locator(".service-card:visible a").innerText()).toBe("Okta");
    expect(await page.locator("[data-search-count]").innerText()).toBe(`1 of ${services.length} services match`);
    // Groups left empty are hidden with their headings.
    expect(await page.getByRole("heading", { name: "Payments" }).isVisible()).toBe(false);
    await search.fill("");
    await expect.poll(() => page.locator(".service-card:visible").count()).toBe(services.length);
    await search.fill("entra");
    await search.press("Enter");
    await page.waitForURL(/\/status\/entra-id$/);
    await page.close();
  });

  it("ships the home page without a framework runtime either", async () => {
    const js = await firstLoadJs(app.url + "/");
    expect(js.files).toBe(0);
    expect(js.bytes).toBeLessThan(4 * 1024);
  });

  it("shows WorkOS going down when its status page says so", async () => {
    const page = await browser.newPage();
    const workosState = async () => {
      await page.goto(app.url);
      return page.locator('[data-slug="workos"]').getAttribute("data-state");
    };
    await expect.poll(workosState, { timeout: 20_000, interval: 1000 }).toBe("operational");
    fixture.apply({ at: 0, service: "workos", components: { SSO: "major_outage" }, incident: { id: "e2e-1", status: "investigating", impact: "critical" } });
    await expect.poll(workosState, { timeout: 20_000, interval: 1000 }).toBe("major_outage");
    await expect.poll(() => page.locator('[data-slug="workos"]').innerText()).toMatch(/Major outage/);
    await page.close();
  });
});
