import { mkdirSync, openSync, closeSync, readFileSync, writeFileSync, unlinkSync, accessSync, constants } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { DbError } from "./errors";

const LOCK_FILE = "statusradar.lock";

/** True when a process with this pid exists (signal 0 checks without sending anything). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw new DbError(
      "DATA_DIR_UNWRITABLE",
      `The data directory ${dir} cannot be written (${(err as NodeJS.ErrnoException).code ?? "error"})`,
      "choose a writable folder with DATA_DIR=/path or fix its permissions",
      { cause: err },
    );
  }
}

/**
 * PGlite allows one process per data directory; a second one would corrupt it. We hold a
 * pid lock file; a lock left by a process that no longer exists is taken over.
 */
function acquireLock(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
      if (Number.isInteger(holder) && processAlive(holder)) {
        throw new DbError(
          "DB_LOCKED",
          `The embedded database in ${dir} is in use by another process (pid ${holder})`,
          `stop that process first, or give this one its own DATA_DIR`,
        );
      }
      unlinkSync(file); // stale lock from a process that is gone
    }
  }
  throw new DbError("DB_LOCKED", `Could not lock the embedded database in ${dir}`, "remove the stale lock file and retry");
}

export interface EmbeddedDatabase {
  pglite: PGlite;
  close(): Promise<void>;
}

/** Opens (creating if needed) the PGlite database under `dir`, or `memory://` for a throwaway one. */
export async function openEmbedded(dir: string): Promise<EmbeddedDatabase> {
  if (dir.startsWith("memory://")) {
    const pglite = await PGlite.create(dir);
    return { pglite, close: () => pglite.close() };
  }
  const absolute = path.resolve(dir);
  ensureWritableDir(absolute);
  const release = acquireLock(absolute);
  const pgdata = path.join(absolute, "pgdata");
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(pgdata);
    await pglite.query("SELECT 1");
  } catch (err) {
    release();
    throw new DbError(
      "DB_CORRUPT",
      `The embedded database in ${pgdata} cannot be opened (${(err as Error).message?.split("\n")[0] || "unreadable"})`,
      `move that folder aside to start empty, or point DATA_DIR elsewhere`,
      { cause: err },
    );
  }
  return {
    pglite,
    async close() {
      await pglite.close();
      release();
    },
  };
}
