// npm run fixture -- [scenario.json] [--port 4010]: runs the fixture "internet" on its own.
import { readFileSync } from "node:fs";
import { services } from "../catalog/services";
import { scenarioSchema } from "../dev/fixture-state";
import { startFixtureServer } from "../dev/fixture-server";
import { syntheticEntries } from "../dev/synthetic";
import { runCli } from "./run";

export function readScenario(file: string) {
  const parsed = scenarioSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

if (process.argv[1]?.endsWith("fixture.ts")) {
  runCli(async () => {
    const args = process.argv.slice(2);
    const portAt = args.indexOf("--port");
    const port = portAt >= 0 ? Number(args[portAt + 1]) : 4010;
    const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--port");
    // FIXTURE_SYNTHETIC=500 serves made-up services for benchmarks; FIXTURE_LATENCY=50-300 delays answers.
    const synthetic = Number(process.env.FIXTURE_SYNTHETIC ?? 0);
    const [lo, hi] = (process.env.FIXTURE_LATENCY ?? "0-0").split("-").map(Number);
    const fixture = await startFixtureServer({
      entries: synthetic ? syntheticEntries(synthetic) : services, port, scenario: file ? readScenario(file) : undefined,
      latencyMs: hi ? () => lo! + Math.random() * (hi - lo!) : undefined, etags: process.env.FIXTURE_ETAGS !== "false",
      log: (l) => console.log(`[fixture] ${l}`),
    });
    console.log(`[fixture] serving upstream status pages on ${fixture.url} — point UPSTREAM_OVERRIDE_URL at it`);
    await new Promise<void>((r) => { process.once("SIGINT", r); process.once("SIGTERM", r); });
    await fixture.close();
  });
}
