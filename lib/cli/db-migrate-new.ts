// npm run db:migrate:new -- <name>: writes the next migration from the schema diff.
// The diff replays existing migrations in a throwaway in-memory PGlite (the shadow database),
// so it needs no server and no network.
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { createMigration } from "../db/migrations";
import { runCli } from "./run";

runCli(async () => {
  const name = process.argv[2];
  if (!name) throw new Error("usage: npm run db:migrate:new -- <name>   (lowercase letters, digits, _)");
  const pglite = await PGlite.create("memory://");
  try {
    const folder = await createMigration(new PrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory, name);
    console.log(folder ? `wrote ${folder}/migration.sql` : "schema.prisma matches the migrations: nothing to write");
  } finally {
    await pglite.close();
  }
});
