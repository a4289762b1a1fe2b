import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, waitFor } from "../helpers/app";

// `npm run demo` as a visitor would run it (build skipped: global setup built it), with a
// 5-second poll so the test is short. The scenario breaks WorkOS SSO at t+10 s, resolves at t+70 s.
let child: ReturnType<typeof spawn>;
let url: string;
let out = "";

beforeAll(async () => {
  const [port, fixturePort] = [await freePort(), await freePort()];
  url = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--import", "tsx", "lib/cli/demo.ts"], {
    env: { PATH: process.env.PATH, NODE_ENV: "production", SKIP_BUILD: "1", PORT: String(port), HOST: "127.0.0.1", FIXTURE_PORT: String(fixturePort), POLL_INTERVAL_SECONDS: "5", DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "sr-demo-")) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (c) => (out += c));
  child.stderr!.on("data", (c) => (out += c));
  await waitFor(() => out.includes("ready on") || child.exitCode !== null, "the demo to start", 60_000);
  if (!out.includes("ready on")) throw new Error(`the demo did not start:\n${out}`);
});
afterAll(() => { child?.kill("SIGTERM"); });

const verdict = async (slug: string) => (await (await fetch(`${url}/api/v1/services/${slug}`)).json()).verdict?.state;

describe("npm run demo", () => {
  it("shows every identity provider live and flips WorkOS to an outage within one cycle of the scenario", async () => {
    await expect.poll(() => verdict("workos"), { timeout: 20_000, interval: 500 }).toBe("operational");
    for (const idp of ["okta", "entra-id", "google-workspace"]) expect(await verdict(idp), idp).toBe("operational");
    await expect.poll(() => out.includes("SSO → major_outage"), { timeout: 20_000, interval: 200 }).toBe(true);
    const flippedBy = Date.now() + 5_000 + 3_000; // one 5 s cycle, plus the cycle's own time
    await expect.poll(() => verdict("workos"), { timeout: 15_000, interval: 250 }).toBe("major_outage");
    expect(Date.now()).toBeLessThanOrEqual(flippedBy);
  });
});
