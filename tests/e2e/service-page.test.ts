import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { services } from "@/lib/catalog/services";
import { startFixtureServer, type FixtureServer } from "@/lib/dev/fixture-server";
import { launchBrowser, startApp, waitFor, type RunningApp } from "../helpers/app";
import { firstLoadJs } from "../helpers/first-load-js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let fixture: FixtureServer;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  fixture = await startFixtureServer({ entries: services });
  app = await startApp({ UPSTREAM_OVERRIDE_URL: fixture.url, POLL_INTERVAL_SECONDS: "5" });
  browser = await launchBrowser();
  // Wait for the first cycle to have read WorkOS.
  await waitFor(async () => (await (await fetch(`${app.url}/api/v1/services/workos`)).json()).verdict?.state === "operational", "the first poll of WorkOS");
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await fixture?.close();
});

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run({ resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe("public site", () => {
  it("goes from the home page to the WorkOS page with verdict, components, IdP panel and uptime bars", async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.getByRole("link", { name: "WorkOS", exact: true }).first().click();
    await page.waitForURL(/\/status\/workos$/);
    expect(await page.title()).toBe("Is WorkOS Down? Live WorkOS Status & Outages");
    await expect.poll(() => page.getByTestId("verdict").getAttribute("data-state")).toBe("operational");
    expect(await page.getByTestId("verdict").innerText()).toMatch(/WorkOS: operational, checked \d+ s ago/);
    expect(await page.getByTestId("components").innerText()).toMatch(/SSO/);
    const idp = await page.getByTestId("idp-panel").innerText();
    for (const name of ["Okta", "Microsoft Entra ID", "Google Workspace"]) expect(idp).toContain(name);
    expect(await page.getByTestId("uptime-bars").locator("li").count()).toBe(90);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').innerText());
    expect(ld.map((x: { "@type": string }) => x["@type"])).toEqual(["WebPage", "BreadcrumbList", "FAQPage"]);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/status\/workos$/);
    expect(await page.locator('meta[property="og:image"]').getAttribute("content")).toMatch(/\/api\/og\/workos$/);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toMatch(/^WorkOS right now: operational\./);
    await page.close();
  });

  it("ships the service page with almost no JavaScript: far under the 100 KB gzipped budget", async () => {
    const js = await firstLoadJs(`${app.url}/status/workos`);
    // No framework runtime: only the live verdict's inline script.
    expect(js.files).toBe(0);
    expect(js.bytes).toBeLessThan(100 * 1024);
    expect(js.bytes).toBeLessThan(4 * 1024);
  });

  it("ticks the freshness line and follows an outage on an open page without a reload", async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/status/workos`);
    const freshness = page.getByTestId("verdict").locator('[data-field="ago"]');
    const first = await freshness.innerText();
    await expect.poll(() => freshness.innerText(), { timeout: 5000 }).not.toBe(first);
    expect(await freshness.innerText()).toMatch(/^checked \d+ s ago$/);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    fixture.apply({ at: 0, service: "workos", components: { SSO: "major_outage" }, incident: { id: "e2e-sso", name: "SSO sign-ins failing", status: "investigating", impact: "critical", body: "Investigating" } });
    await expect.poll(() => page.getByTestId("verdict").getAttribute("data-state"), { timeout: 40_000, interval: 1000 }).toBe("major_outage");
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await page.reload();
    expect(await page.locator(".incident").innerText()).toContain("SSO sign-ins failing");
    // Its own page: timeline, detection time, no framework script, accessible.
    await page.locator(".incident h3 a").first().click();
    await page.waitForURL(/\/status\/workos\/incidents\/e2e-sso$/);
    expect(await page.locator("h1").innerText()).toBe("SSO sign-ins failing");
    expect(await page.locator(".timeline").innerText()).toMatch(/investigating/i);
    expect(await page.locator(".facts").innerText()).toMatch(/We first saw it/);
    expect(await page.title()).toMatch(/^WorkOS incident: SSO sign-ins failing \(\d{4}-\d{2}-\d{2}\)$/);
    expect(await axeViolations(page)).toEqual([]);
    fixture.apply({ at: 0, service: "workos", components: { SSO: "operational" }, incident: { id: "e2e-sso", status: "resolved", body: "Fixed" } });
    await page.close();
  });

  it("has no axe violations on the home and service pages, light and dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ colorScheme: scheme });
      for (const path of ["/", "/status/workos", "/status/okta"]) {
        await page.goto(app.url + path);
        expect(await axeViolations(page), `${scheme} ${path}`).toEqual([]);
      }
      await page.close();
    }
  });

  it("fits a 320 px wide screen without horizontal scrolling", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of ["/", "/status/workos"]) {
      await page.goto(app.url + path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await page.close();
  });

  it("answers an unknown slug or incident with a real 404 and suggestions; other spellings redirect permanently", async () => {
    const res = await fetch(`${app.url}/status/no-such-thing`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('data-testid="suggestions"');
    for (const path of ["/status/workos/incidents/no-such-incident", "/status/no-such-thing/incidents/x", "/status/workos/incidents/%25E0"]) {
      const r = await fetch(app.url + path);
      expect(r.status, path).toBe(404);
      expect(await r.text(), path).toContain('data-testid="suggestions"');
    }
    // An escaped "%" is an ordinary character once decoded: unknown, not an error.
    for (const path of ["/api/v1/services/%25E0", "/api/og/%25E0"]) expect((await fetch(app.url + path)).status, path).toBe(404);
    // A malformed percent-escape is the client's error, wherever a slug or id is read from the path.
    for (const path of ["/status/%E0%A4%A", "/status/workos/incidents/%E0%A4%A", "/api/v1/services/%E0%A4%A", "/api/og/%E0%A4%A", "/badge/%E0%A4%A.svg"]) {
      const r = await fetch(app.url + path);
      expect(r.status, path).toBe(400);
      expect(await r.text(), path).toMatch(/malformed percent-escape/);
    }
    for (const alias of ["WorkOS", "azure-ad"]) {
      const r = await fetch(`${app.url}/status/${alias}`, { redirect: "manual" });
      expect([301, 308]).toContain(r.status);
      expect(r.headers.get("location")).toMatch(alias === "WorkOS" ? /\/status\/workos$/ : /\/status\/entra-id$/);
    }
  });

  it("serves a valid sitemap, robots, feeds, JSON API, badge and OG image", async () => {
    const text = async (p: string) => { const r = await fetch(app.url + p); expect(r.status, p).toBe(200); return { body: await r.text(), type: r.headers.get("content-type") ?? "" }; };
    const page = await browser.newPage();
    const xmlOk = async (xml: string) => page.evaluate((s) => !new DOMParser().parseFromString(s, "application/xml").querySelector("parsererror"), xml);

    const sitemap = await text("/sitemap.xml");
    expect(await xmlOk(sitemap.body)).toBe(true);
    expect(sitemap.body.match(/<loc>/g)!.length).toBeGreaterThanOrEqual(services.length + 1);
    expect(sitemap.body).toContain("/status/workos</loc>");
    expect((await text("/robots.txt")).body).toMatch(/Sitemap: .*\/sitemap\.xml/);
    for (const feed of ["/feed.xml", "/feed.atom", "/status/workos/feed.xml", "/status/workos/feed.atom"]) {
      const f = await text(feed);
      expect(await xmlOk(f.body), feed).toBe(true);
      expect(f.type).toMatch(feed.endsWith("atom") ? /atom\+xml/ : /rss\+xml/);
    }
    expect((await text("/status/workos/feed.xml")).body).toContain("SSO sign-ins failing");

    const list = await fetch(`${app.url}/api/v1/services`);
    expect(list.headers.get("access-control-allow-origin")).toBe("*");
    const json = await list.json();
    expect(json.services).toHaveLength(services.length);
    const one = await (await fetch(`${app.url}/api/v1/services/workos`)).json();
    expect(one).toMatchObject({ slug: "workos", verdict: { state: expect.any(String) }, uptime: { days: 90 } });
    expect(Array.isArray(one.components)).toBe(true);

    const badge = await text("/badge/workos.svg");
    expect(badge.type).toMatch(/image\/svg\+xml/);
    expect(await page.evaluate((s) => new DOMParser().parseFromString(s, "image/svg+xml").documentElement.nodeName, badge.body)).toBe("svg");
    expect(badge.body).toMatch(/WorkOS/);

    const ico = await fetch(`${app.url}/favicon.ico`);
    expect(ico.status).toBe(200);
    expect(Buffer.from(await ico.arrayBuffer()).readUInt16LE(2)).toBe(1); // ICO header: type 1 = icon
    const icon = await text("/icon.svg");
    expect(await page.evaluate((s) => new DOMParser().parseFromString(s, "image/svg+xml").documentElement.nodeName, icon.body)).toBe("svg");

    const og = await fetch(`${app.url}/api/og/workos`);
    expect(og.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await og.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    await page.close();
  });
});
