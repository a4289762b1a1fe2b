import type { PrismaClient } from "../db";
import type { State } from "../sources/model";

export interface ServiceSummary {
  slug: string;
  name: string;
  category: string;
  statusPageUrl: string;
  state: State;
  summary: string;
  checkedAt: Date | null;
  changedAt: Date | null;
  lastError: string | null;
}

/** Every catalogued service with its latest verdict; services with problems first, then by name. */
export async function listServices(prisma: PrismaClient): Promise<ServiceSummary[]> {
  const rows = await prisma.service.findMany({ include: { state: true }, orderBy: { name: "asc" } });
  const list = rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    category: r.category,
    statusPageUrl: r.statusPageUrl,
    state: (r.state?.state ?? "unknown") as State,
    summary: r.state?.summary ?? "Not checked yet",
    checkedAt: r.state?.checkedAt ?? null,
    changedAt: r.state?.changedAt ?? null,
    lastError: r.state?.lastError ?? null,
  }));
  const troubled = (s: ServiceSummary) => (s.state === "operational" ? 1 : 0);
  return list.sort((a, b) => troubled(a) - troubled(b) || a.name.localeCompare(b.name));
}
