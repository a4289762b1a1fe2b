import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, diffToSchema, readMigrationList } from "@/lib/db/migrations";
import { databaseKinds, describeSchema, freshDatabase, type TestDatabase } from "../helpers/db";

describe.each(databaseKinds)("migrations on %s", (kind) => {
  let t: TestDatabase | undefined;
  afterEach(async () => { await t?.cleanup(); t = undefined; });

  it("applies every migration once and records it like migrate deploy", async () => {
    t = await freshDatabase(kind, { migrate: false });
    const names = readMigrationList().migrationDirectories.map((d) => d.path);
    expect(names.length).toBeGreaterThan(0);
    expect(await applyMigrations(t.db.adapter)).toEqual(names);
    expect(await applyMigrations(t.db.adapter)).toEqual([]);
    const rows = await t.db.prisma.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(names);
  });

  it.runIf(kind === "embedded")("yields exactly the schema in schema.prisma (no drift)", async () => {
    t = await freshDatabase(kind);
    expect(await diffToSchema(t.db.adapter, "database")).toBe("");
    // The check can fail: a column the schema does not declare is reported.
    await t.db.prisma.$executeRawUnsafe(`ALTER TABLE "Service" ADD COLUMN "stray" integer`);
    expect(await diffToSchema(t.db.adapter, "database")).toMatch(/DROP COLUMN "stray"/);
  });
});

// Prisma's pg adapter cannot read the `char` columns of pg_catalog that introspection needs, so
// on the server we compare the migrated schema structurally with the embedded one proven above.
describe.runIf(databaseKinds.includes("postgres"))("migrations on postgres", () => {
  it("produce the same tables, columns, constraints and indexes as on the embedded database", async () => {
    const [server, embedded] = [await freshDatabase("postgres"), await freshDatabase("embedded")];
    try {
      const expected = await describeSchema(embedded.db);
      expect(expected.length).toBeGreaterThan(5);
      expect(await describeSchema(server.db)).toEqual(expected);
    } finally {
      await server.cleanup();
      await embedded.cleanup();
    }
  });
});

describe("migration folder", () => {
  it("matches schema.prisma when replayed in a shadow database", async () => {
    const t = await freshDatabase("embedded", { migrate: false });
    try {
      expect(await diffToSchema(t.db.adapter, "migrations")).toBe("");
    } finally {
      await t.cleanup();
    }
  });

  it("is in Prisma's layout: <timestamp>_<name>/migration.sql and a postgresql lock file", () => {
    const list = readMigrationList();
    expect(list.lockfile.content).toMatch(/provider = "postgresql"/);
    for (const d of list.migrationDirectories) {
      expect(d.path).toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(d.migrationFile.content.tag).toBe("ok");
    }
  });
});
