import type { PrismaClient } from "../db";
import type { State } from "../sources/model";
import { currentSourceError } from "./labels";

export interface ServiceSummary {
  slug: string;
  name: string;
  category: string;
  statusPageUrl: string;
  state: State;
  reason: string;
  signal: string;
  /** When we last tried to read the official page. */
  checkedAt: Date | null;
  changedAt: Date | null;
  /** The last source error, if it is more recent than the last good read. */
  sourceError: string | null;
}

/** Every catalogued service with its latest verdict; services with problems first, then by name. */
export async function listServices(prisma: PrismaClient): Promise<ServiceSummary[]> {
  const rows = await prisma.service.findMany({ include: { state: true, source: true }, orderBy: { name: "asc" } });
  const list = rows.map((r) => {
    const src = r.source;
    const failing = currentSourceError(src);
    return {
      slug: r.slug,
      name: r.name,
      category: r.category,
      statusPageUrl: r.statusPageUrl,
      state: (r.state?.state ?? "unknown") as State,
      reason: r.state?.reason ?? "Not checked yet",
      signal: r.state?.signal ?? "stale",
      checkedAt: src?.lastAttemptAt ?? null,
      changedAt: r.state?.changedAt ?? null,
      sourceError: failing?.lastError ?? null,
    };
  });
  const troubled = (s: ServiceSummary) => (s.state === "operational" ? 1 : 0);
  return list.sort((a, b) => troubled(a) - troubled(b) || a.name.localeCompare(b.name));
}

/** When each service's official page was last read, by slug: one small query for freshness lines. */
export async function lastCheckTimes(prisma: PrismaClient): Promise<Record<string, string>> {
  const rows = await prisma.sourceState.findMany({ where: { lastAttemptAt: { not: null } }, select: { lastAttemptAt: true, service: { select: { slug: true } } } });
  return Object.fromEntries(rows.map((r) => [r.service.slug, r.lastAttemptAt!.toISOString()]));
}
