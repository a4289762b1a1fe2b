import type { PrismaClient } from "../db";

export interface ClaimedSource {
  serviceId: string;
  etag: string | null;
  lastModified: string | null;
  consecutiveFailures: number;
  lastSuccessAt: Date | null;
}

/**
 * Claims due sources for one worker. The claim pushes `nextAttemptAt` forward and sets a lease in
 * the same statement, and `SKIP LOCKED` makes concurrent claimers pass over each other's rows, so
 * several workers or overlapping cron calls never process one source twice in a cycle. A worker
 * that dies leaves a lease that simply expires.
 */
export async function claimDueSources(
  prisma: PrismaClient,
  opts: { owner: string; now: Date; leaseMs: number; nextAttemptAt: Date; limit: number; serviceIds?: string[] },
): Promise<ClaimedSource[]> {
  const leaseUntil = new Date(opts.now.getTime() + opts.leaseMs);
  const only = opts.serviceIds ?? null;
  return prisma.$queryRaw<ClaimedSource[]>`
    UPDATE "SourceState" s
    SET "leaseOwner" = ${opts.owner}, "leaseUntil" = ${leaseUntil}, "nextAttemptAt" = ${opts.nextAttemptAt}, "lastAttemptAt" = ${opts.now}
    WHERE s."serviceId" IN (
      SELECT "serviceId" FROM "SourceState"
      WHERE "nextAttemptAt" <= ${opts.now}
        AND ("leaseUntil" IS NULL OR "leaseUntil" < ${opts.now})
        AND (${only}::text[] IS NULL OR "serviceId" = ANY(${only}::text[]))
      ORDER BY "nextAttemptAt"
      LIMIT ${opts.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING s."serviceId", s.etag, s."lastModified", s."consecutiveFailures", s."lastSuccessAt"`;
}

/** Creates the bookkeeping row of every service that has none (new catalog entries): due at once. */
export async function ensureSourceStates(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "SourceState" ("serviceId", "nextAttemptAt")
    SELECT id, ${new Date(0)} FROM "Service" ON CONFLICT ("serviceId") DO NOTHING`;
}

/** Gives claimed sources back untouched, due at once (a cycle cut short by shutdown). */
export async function releaseSources(prisma: PrismaClient, serviceIds: string[]): Promise<void> {
  if (!serviceIds.length) return;
  await prisma.sourceState.updateMany({ where: { serviceId: { in: serviceIds } }, data: { leaseOwner: null, leaseUntil: null, nextAttemptAt: new Date(0) } });
}
