import { DbError } from "../db/errors";
import { EnvError } from "../env/server";
import { StartupError } from "../server/preflight";

/** Runs a command-line entry point: known failures print one line and exit 1, no stack trace. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (err: unknown) => {
      console.error(`error: ${describeError(err)}`);
      if (process.env.DEBUG) console.error(err);
      process.exit(1);
    },
  );
}

export function describeError(err: unknown): string {
  if (err instanceof DbError || err instanceof StartupError) return err.toLine();
  if (err instanceof EnvError) return `invalid configuration: ${err.message} (see .env.example)`;
  if (err instanceof Error) return err.message.split("\n")[0] ?? "unknown error";
  return String(err);
}
