import type { Prisma } from "../generated/prisma/client.ts";
import { entitlementFor } from "../billing/entitlements";
import type { Verdict } from "../monitor/verdict";
import { classifyChange, FLAP_CHANGES, FLAP_WINDOW_MS, severityRank } from "./classify";

type Tx = Prisma.TransactionClient;

/**
 * Records the alert a verdict change deserves and its deliveries, inside the caller's
 * transaction (the one that writes the change): one row per (watch, channel, event), so running
 * it twice inserts nothing more. Filters are applied here; recoveries are checked at dispatch.
 */
export async function enqueueAlerts(tx: Tx, input: {
  serviceId: string; slug: string; previousState: string | null; verdict: Verdict; components: string[]; now: Date;
}): Promise<number> {
  const change = classifyChange(input.previousState, input.verdict.state);
  if (!change) return 0;
  // A flapping service (3+ alertable changes in 15 minutes) gets one summary, then silence until it settles.
  const recent = await tx.alertEvent.findMany({ where: { serviceId: input.serviceId, occurredAt: { gte: new Date(input.now.getTime() - FLAP_WINDOW_MS) } }, select: { kind: true } });
  if (recent.some((e) => e.kind === "flapping")) return 0;
  const kind = recent.length + 1 >= FLAP_CHANGES ? "flapping" : change;
  const event = await tx.alertEvent.create({
    data: {
      serviceId: input.serviceId, kind, state: input.verdict.state, previousState: input.previousState ?? "unknown",
      signal: input.verdict.signal, reason: input.verdict.reason, components: input.components, occurredAt: input.now,
    },
  });
  const watches = await tx.watch.findMany({
    where: { serviceSlug: input.slug, planPaused: false, user: { alertsPaused: false } },
    include: { user: { include: { channels: true, subscription: true } } },
  });
  const rows = watches.flatMap((w) => {
    const rank = kind === "flapping" ? 3 : severityRank(kind === "outage_resolved" ? (input.previousState ?? "") : input.verdict.state);
    if (rank < severityRank(w.minSeverity)) return [];
    // A component filter only narrows alerts that name components; probe-based ones always pass.
    if (w.components.length && input.components.length && !w.components.some((c) => input.components.includes(c))) return [];
    const plan = entitlementFor(w.user.subscription);
    // A bounced or complaining address gets no more email; its other channels still work.
    const email = w.user.emailSuppressedAt ? [] : ["email"];
    const channels = [...email, ...w.user.channels.map((c) => c.kind).filter((k) => plan.channels.includes(k as "slack"))];
    return channels.map((channel) => ({ alertEventId: event.id, watchId: w.id, userId: w.userId, channel, nextAttemptAt: input.now, createdAt: input.now }));
  });
  if (rows.length) await tx.delivery.createMany({ data: rows, skipDuplicates: true });
  return 1 + rows.length;
}
