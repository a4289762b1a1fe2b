import type { PrismaClient } from "../db";

/** Resend events that mean "stop emailing this address". */
export const SUPPRESSING = new Set(["email.bounced", "email.complained"]);

/**
 * Marks the addresses of a bounce or complaint as suppressed (idempotent: a replay changes
 * nothing). Alerts then skip email for them; other channels keep working.
 */
export async function suppressFromEvent(prisma: PrismaClient, event: { type?: string; data?: { to?: unknown } }, now: Date): Promise<number> {
  if (!event.type || !SUPPRESSING.has(event.type)) return 0;
  const to = Array.isArray(event.data?.to) ? event.data.to.filter((x): x is string => typeof x === "string") : [];
  if (!to.length) return 0;
  const { count } = await prisma.user.updateMany({
    where: { email: { in: to.map((a) => a.toLowerCase()) }, emailSuppressedAt: null },
    data: { emailSuppressedAt: now, emailSuppressedReason: event.type === "email.bounced" ? "bounced" : "complained" },
  });
  return count;
}
