import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";

// `npm start` builds only when the sources changed since the last build, so a restart is quick.
const INPUTS = ["app", "lib", "public", "next.config.js", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["generated", "node_modules"]);

function* files(p: string): Generator<string> {
  if (!existsSync(p)) return;
  if (statSync(p).isFile()) return yield p;
  for (const d of readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!SKIP.has(d.name)) yield* files(path.join(p, d.name));
  }
}

export function sourceHash(root: string): string {
  const h = createHash("sha256");
  for (const input of INPUTS) for (const f of files(path.join(root, input))) h.update(f).update(readFileSync(f));
  return h.digest("hex");
}

export function ensureBuild(root: string, log: (line: string) => void): void {
  const stamp = path.join(root, ".next", "statusradar-source-hash");
  const hash = sourceHash(root);
  if (existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  log("building the site (first start or sources changed)…");
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed (see the output above)");
  writeFileSync(stamp, hash);
}
