import type { PrismaClient } from "../db";
import { ensureSourceStates } from "../monitor/lease";
import { services as catalog } from "./services";
import type { ServiceEntry } from "./types";

/**
 * Copies the catalog into the database. Diff before write: unchanged rows are left alone,
 * so a restart writes nothing. Returns how many rows were created or updated.
 */
export async function seedCatalog(prisma: PrismaClient, entries: readonly ServiceEntry[] = catalog) {
  const existing = new Map((await prisma.service.findMany()).map((s) => [s.slug, s]));
  let created = 0;
  let updated = 0;
  for (const e of entries) {
    const row = { name: e.name, category: e.category, statusPageUrl: e.statusPageUrl, sourceFormat: e.source.format };
    const current = existing.get(e.slug);
    if (!current) {
      await prisma.service.create({ data: { slug: e.slug, ...row } });
      created++;
    } else if (Object.entries(row).some(([k, v]) => current[k as keyof typeof row] !== v)) {
      await prisma.service.update({ where: { slug: e.slug }, data: row });
      updated++;
    }
  }
  await ensureSourceStates(prisma);
  return { created, updated };
}
