import { describe, expect, it } from "vitest";
import { checkDatabase } from "@/lib/db/health";
import { databaseKinds, freshDatabase } from "../helpers/db";

describe.each(databaseKinds)("database health on %s", (kind) => {
  it("reports kind, applied migrations and the latest one", async () => {
    const t = await freshDatabase(kind);
    try {
      const h = await checkDatabase(t.db);
      expect(h).toMatchObject({ kind, reachable: true });
      expect(h.migrations.applied).toBeGreaterThan(0);
      expect(h.migrations.latest).toMatch(/^\d{14}_\w+$/);
    } finally {
      await t.cleanup();
    }
  });

  it("says unreachable, with a reason, once the database is gone", async () => {
    const t = await freshDatabase(kind);
    await t.cleanup();
    const h = await checkDatabase(t.db, 2000);
    expect(h.reachable).toBe(false);
    expect(h.reason).toBeTruthy();
  });
});
