// npm run demo [scenario.json]: the whole product against the fixture "internet", playing a
// scenario once the site is up, so anyone can watch WorkOS go down and recover with no network.
import path from "node:path";
import { services } from "../catalog/services";
import { startFixtureServer } from "../dev/fixture-server";
import { serve } from "../server/serve";
import { readScenario } from "./fixture";
import { runCli } from "./run";

runCli(async () => {
  const file = process.argv[2] ?? path.join("tests", "fixtures", "scenarios", "workos-sso-outage.json");
  const scenario = readScenario(file);
  const fixture = await startFixtureServer({ entries: services, port: Number(process.env.FIXTURE_PORT ?? 4010), log: (l) => console.log(`[fixture] ${l}`) });
  // Env is read lazily, so these take effect for the server started below.
  process.env.UPSTREAM_OVERRIDE_URL = fixture.url;
  process.env.DATA_DIR ??= path.join(".data", "demo");
  console.log(`[fixture] upstream status pages on ${fixture.url}; "${scenario.name}" starts when the site is ready`);
  try {
    await serve({ onReady: () => fixture.play(scenario) });
  } finally {
    await fixture.close();
  }
});
