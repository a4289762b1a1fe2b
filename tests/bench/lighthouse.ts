// npm run lighthouse — Lighthouse 12 with Debian's Chromium on `/` and `/status/workos` of the
// built app (served as `npm start` serves it, against the fixture internet), plus the first-load
// JavaScript of the service page, gzipped. Prints scores; exits 1 if any is below 95 or the
// JavaScript is over its 100 KB budget.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { services } from "../../lib/catalog/services";
import { startFixtureServer } from "../../lib/dev/fixture-server";
import { ensureBuild } from "../../lib/server/build";
import { startApp } from "../helpers/app";
import { firstLoadJs } from "../helpers/first-load-js";

ensureBuild(process.cwd(), (l) => console.log(l));
const fixture = await startFixtureServer({ entries: services });
const app = await startApp({ UPSTREAM_OVERRIDE_URL: fixture.url, POLL_INTERVAL_SECONDS: "30" });
await new Promise((r) => setTimeout(r, 4000)); // first poll cycle
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
let failed = false;
try {
  for (const path of ["/", "/status/workos"]) {
    await fetch(app.url + path); // warm the cache as real traffic would
    const result = await lighthouse(app.url + path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] }, { extends: "lighthouse:default", settings: { formFactor: "mobile" } });
    const cats = result!.lhr.categories;
    const scores = Object.fromEntries(Object.entries(cats).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
    console.log(`${path.padEnd(16)} ${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join("  ")}`);
    if (Object.values(scores).some((v) => v < 95)) {
      failed = true;
      for (const a of Object.values(result!.lhr.audits)) if (a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative") console.log(`   - ${a.id}: ${a.title}`);
    }
  }
  const js = await firstLoadJs(`${app.url}/status/workos`);
  console.log(`first-load JS of /status/workos: ${(js.bytes / 1024).toFixed(1)} KB gzipped in ${js.files} files and ${js.inline} inline scripts${js.bytes > 100 * 1024 ? " (over the 100 KB budget)" : ""}`);
  if (js.bytes > 100 * 1024) failed = true;
} finally {
  await chrome.kill();
  await app.stop();
  await fixture.close();
}
process.exit(failed ? 1 : 0);
