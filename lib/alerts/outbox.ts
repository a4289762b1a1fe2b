import type { PrismaClient } from "../db";

/** The alert outbox at a glance: deliveries by status and the latest parked ones with their errors. */
export async function outboxReport(prisma: PrismaClient, opts: { limit?: number } = {}) {
  const [counts, parked] = await Promise.all([
    prisma.delivery.groupBy({ by: ["status"], _count: true }),
    prisma.delivery.findMany({
      where: { status: "parked" }, orderBy: { createdAt: "desc" }, take: opts.limit ?? 50,
      include: { user: { select: { email: true } }, alertEvent: { select: { kind: true, occurredAt: true, service: { select: { slug: true, name: true } } } } },
    }),
  ]);
  return {
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count])) as Record<string, number>,
    parked: parked.map((d) => ({
      id: d.id, to: d.user.email, channel: d.channel, service: d.alertEvent.service.slug, serviceName: d.alertEvent.service.name,
      kind: d.alertEvent.kind, occurredAt: d.alertEvent.occurredAt, attempts: d.attempts, lastError: d.lastError, createdAt: d.createdAt,
    })),
  };
}

/**
 * Sends parked deliveries again (all, or the given ones): back to pending, due now, with a fresh
 * attempt count. They leave their old email batch, so they go out under a new Idempotency-Key;
 * the dispatcher's staleness rules still skip an outage alert whose outage ended long ago.
 */
export async function retryParked(prisma: PrismaClient, now: Date, ids?: string[]): Promise<number> {
  const { count } = await prisma.delivery.updateMany({
    where: { status: "parked", ...(ids ? { id: { in: ids } } : {}) },
    data: { status: "pending", attempts: 0, nextAttemptAt: now, leaseUntil: null, batchId: null },
  });
  return count;
}
