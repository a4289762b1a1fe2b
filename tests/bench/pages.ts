// npm run bench:pages — requests per second and latency for /status/workos and
// /api/v1/services/workos at 50 concurrent connections against the built app as `npm start` runs it.
import autocannon from "autocannon";
import { services } from "../../lib/catalog/services";
import { startFixtureServer } from "../../lib/dev/fixture-server";
import { ensureBuild } from "../../lib/server/build";
import { startApp } from "../helpers/app";

ensureBuild(process.cwd(), (l) => console.log(l));
const fixture = await startFixtureServer({ entries: services });
const app = await startApp({ UPSTREAM_OVERRIDE_URL: fixture.url, POLL_INTERVAL_SECONDS: "30" });
await new Promise((r) => setTimeout(r, 4000));
try {
  for (const path of ["/status/workos", "/api/v1/services/workos", "/"]) {
    await fetch(app.url + path);
    const r = await autocannon({ url: app.url + path, connections: 50, duration: Number(process.env.BENCH_SECONDS ?? 10) });
    console.log(`${path.padEnd(26)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  errors ${r.errors}  non-2xx ${r.non2xx}`);
  }
} finally {
  await app.stop();
  await fixture.close();
}
process.exit(0);
