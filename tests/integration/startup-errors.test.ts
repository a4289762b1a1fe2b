import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmbedded } from "@/lib/db/embedded";

// `npm start` facing a broken setup: one line saying what is wrong and how to fix it, exit 1,
// no stack trace. The build is skipped; every case fails before the site would be served.
const tmp = mkdtempSync(path.join(os.tmpdir(), "sr-startup-"));

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], {
      env: { PATH: process.env.PATH, NODE_ENV: "production", SKIP_BUILD: "1", SCHEDULER: "false", PORT: "3998", DATA_DIR: path.join(tmp, "ok"), ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    child.on("exit", (code) => resolve({ code, stderr: stderr.trim() }));
  });
}

function expectOneLine(r: { code: number | null; stderr: string }, pattern: RegExp) {
  expect(r.code).toBe(1);
  expect(r.stderr.split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(/^error: /);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

let blocker: net.Server;
let takenPort: number;
beforeAll(async () => {
  blocker = net.createServer();
  await new Promise<void>((r) => blocker.listen(0, "0.0.0.0", r));
  takenPort = (blocker.address() as net.AddressInfo).port;
});
afterAll(() => blocker.close());

describe("start-up failures", () => {
  it("port already taken", async () => {
    expectOneLine(await start({ PORT: String(takenPort) }), new RegExp(`Port ${takenPort} is already in use — .*PORT=`));
  });

  it("a wrong configuration value names the variable", async () => {
    expectOneLine(await start({ POLL_INTERVAL_SECONDS: "soon" }), /invalid configuration: POLL_INTERVAL_SECONDS: .*\.env\.example/);
  });

  it("an unwritable data directory", async () => {
    const file = path.join(tmp, "a-file");
    writeFileSync(file, "not a folder");
    expectOneLine(await start({ DATA_DIR: path.join(file, "data") }), /data directory .* cannot be written .* DATA_DIR=/);
  });

  it("an embedded database locked by a running process", async () => {
    const dir = path.join(tmp, "locked");
    await openEmbedded(dir).then((db) => db.close());
    writeFileSync(path.join(dir, "statusradar.lock"), String(process.pid));
    expectOneLine(await start({ DATA_DIR: dir }), new RegExp(`in use by another process \\(pid ${process.pid}\\) — stop that process`));
  });

  it("a corrupt embedded database", async () => {
    const dir = path.join(tmp, "corrupt");
    await openEmbedded(dir).then((db) => db.close());
    writeFileSync(path.join(dir, "pgdata", "global", "pg_control"), Buffer.alloc(100, 7));
    expectOneLine(await start({ DATA_DIR: dir }), /embedded database in .* cannot be opened .* move that folder aside/);
  });

  it("DATABASE_URL pointing nowhere", async () => {
    expectOneLine(await start({ DATABASE_URL: "postgres://nobody:x@127.0.0.1:1/none" }), /DATABASE_URL points to 127\.0\.0\.1:1\/none, which cannot be reached \(ECONNREFUSED\) — start that PostgreSQL/);
  });
});

describe("embedded lock", () => {
  it("is taken over when the process that held it is gone", async () => {
    const dir = path.join(tmp, "stale");
    await openEmbedded(dir).then((db) => db.close());
    writeFileSync(path.join(dir, "statusradar.lock"), "999999");
    const db = await openEmbedded(dir);
    await db.close();
  });

  it("refuses a second opener in the same folder", async () => {
    const dir = path.join(tmp, "twice");
    const first = await openEmbedded(dir);
    try {
      await expect(openEmbedded(dir)).rejects.toMatchObject({ code: "DB_LOCKED" });
    } finally {
      await first.close();
    }
  });
});
