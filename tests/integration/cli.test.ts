import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const tmp = mkdtempSync(path.join(os.tmpdir(), "sr-cli-"));
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", ...args], { encoding: "utf8", env: { PATH: process.env.PATH, NODE_ENV: "production", ...env }, timeout: 60_000 });

describe("npm run status:parse", () => {
  it.each([
    ["statuspage", "tests/fixtures/payloads/statuspage-workos-incident.json", "major_outage"],
    ["auto", "tests/fixtures/payloads/statuspage-workos-incident.json", "major_outage"],
  ])("--format %s prints the normalised JSON", (format, file, overall) => {
    const r = run(["lib/cli/status-parse.ts", "--format", format, file]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(["overall", "components", "incidents", "maintenances"]));
    expect(out.overall).toBe(overall);
    expect(out.incidents[0].name).toBe("Elevated SSO error rates");
  });

  it.each([
    ["instatus-stytch-incident.json", "instatus"], ["google-workspace-incidents.json", "google"], ["okta-status-incident.html", "okta"],
    ["feed-azure-incident.xml", "feed"], ["aws-currentevents-incident.json", "aws"],
  ])("detects %s as %s with auto", (file, format) => {
    const r = run(["lib/cli/status-parse.ts", "--format", "auto", path.join("tests/fixtures/payloads", file)]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.format).toBe(format);
    expect(out.overall).not.toBe("operational");
  });

  it("exits 1 with one line for a payload it cannot read", () => {
    const bad = path.join(tmp, "bad.json");
    writeFileSync(bad, "<!DOCTYPE html><html><body>Status</body></html>");
    const r = run(["lib/cli/status-parse.ts", "--format", "statuspage", bad]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: .*HTML page where JSON was expected/);
    const auto = run(["lib/cli/status-parse.ts", "--format", "auto", bad]);
    expect(auto.status).toBe(1);
    expect(run(["lib/cli/status-parse.ts", "--format", "nope", bad]).stderr).toMatch(/unknown format "nope"/);
  });
});

describe("npm run status", () => {
  it("prints a service's status from the database, and refuses unknown slugs", () => {
    const dataDir = path.join(tmp, "db");
    const migrate = run(["lib/cli/db-migrate.ts"], { DATA_DIR: dataDir });
    expect(migrate.status, migrate.stderr).toBe(0);
    const missing = run(["lib/cli/status.ts", "workos"], { DATA_DIR: dataDir });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/not in the database yet/);
    expect(run(["lib/cli/status.ts", "no-such-api"], { DATA_DIR: dataDir }).stderr).toMatch(/no service "no-such-api"/);
  });
});
