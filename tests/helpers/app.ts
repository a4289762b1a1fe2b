import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

export interface RunningApp {
  url: string;
  output: () => string;

  stop(): Promise<void>;
}

/** Starts the built app exactly as `npm start` does (minus the build), on a fresh embedded database. */
export async function startApp(env: Record<string, string> = {}, fixedPort?: number): Promise<RunningApp> {
  const port = fixedPort ?? (await freePort());
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "sr-e2e-"));
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], {
    env: { PATH: process.env.PATH, NODE_ENV: "production", SKIP_BUILD: "1", PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (c) => (out += c));
  child.stderr!.on("data", (c) => (out += c));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start within 60 s:\n${out}`)), 60_000);
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`app exited with ${code}:\n${out}`)); });
    const check = () => (out.includes("ready on") ? (clearTimeout(timer), resolve()) : setTimeout(check, 100));
    check();
  });
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    stop: () => new Promise<void>((r) => { child.removeAllListeners("exit"); child.once("exit", () => r()); child.kill("SIGTERM"); }),
  };
}

/** Debian's Chromium, headless, with no background traffic to the (closed) network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu", "--no-first-run", "--disable-sync"],
  });
}

/** Polls `fn` until it returns a truthy value (for hooks, where expect.poll is not allowed). */
export async function waitFor<T>(fn: () => Promise<T> | T, what: string, timeoutMs = 30_000, intervalMs = 250): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await Promise.resolve().then(fn).catch(() => undefined);
    if (v) return v as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
