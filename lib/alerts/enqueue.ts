import type { Prisma } from "../generated/prisma/client.ts";
import { entitlementFor } from "../billing/entitlements";
import type { Verdict } from "../monitor/verdict";
import { classifyChange, FLAP_CHANGES, FLAP_WINDOW_MS, severityRank, VERDICT_KINDS } from "./classify";
import type { IncidentChange } from "./incident-changes";

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
  const recent = await tx.alertEvent.findMany({ where: { serviceId: input.serviceId, kind: { in: VERDICT_KINDS }, occurredAt: { gte: new Date(input.now.getTime() - FLAP_WINDOW_MS) } }, select: { kind: true } });
  if (recent.some((e) => e.kind === "flapping")) return 0;
  const kind = recent.length + 1 >= FLAP_CHANGES ? "flapping" : change;
  const event = await tx.alertEvent.create({
    data: {
      serviceId: input.serviceId, kind, state: input.verdict.state, previousState: input.previousState ?? "unknown",
      signal: input.verdict.signal, reason: input.verdict.reason, components: input.components, occurredAt: input.now,
    },
  });
  const watches = await watchersOf(tx, input.slug);
  const rows = watches.flatMap((w) => {
    const rank = kind === "flapping" ? 3 : severityRank(kind === "outage_resolved" ? (input.previousState ?? "") : input.verdict.state);
    if (rank < severityRank(w.minSeverity)) return [];
    // A component filter only narrows alerts that name components; probe-based ones always pass.
    if (w.components.length && input.components.length && !w.components.some((c) => input.components.includes(c))) return [];
    return channelsOf(w).map((channel) => ({ alertEventId: event.id, watchId: w.id, userId: w.userId, channel, nextAttemptAt: input.now, createdAt: input.now }));
  });
  if (rows.length) await tx.delivery.createMany({ data: rows, skipDuplicates: true });
  return 1 + rows.length;
}

/**
 * Alerts about official incidents and maintenance, in the same transaction. When the verdict
 * already alerted this cycle, incident news is left to that alert (one message, not two);
 * maintenance goes only to watches that opted in.
 */
export async function enqueueIncidentAlerts(tx: Tx, input: {
  serviceId: string; slug: string; changes: IncidentChange[]; verdictAlerted: boolean; state: string; now: Date;
}): Promise<number> {
  const changes = input.changes.filter((c) => c.kind === "maintenance_started" || !input.verdictAlerted);
  if (!changes.length) return 0;
  const watches = await watchersOf(tx, input.slug);
  let writes = 0;
  for (const c of changes) {
    const event = await tx.alertEvent.create({
      data: {
        serviceId: input.serviceId, kind: c.kind, incidentUpstreamId: c.upstreamId, incidentName: c.name, state: input.state, previousState: input.state,
        signal: "official", reason: c.body ? `${c.name}: ${c.body}` : c.name, components: c.components, occurredAt: input.now,
      },
    });
    writes++;
    // An incident of unknown impact still matters to someone who asked for any degradation.
    const rank = c.kind === "maintenance_started" ? 0 : Math.max(1, severityRank(c.impact));
    const rows = watches.flatMap((w) => {
      if (c.kind === "maintenance_started" ? !w.notifyMaintenance : rank < severityRank(w.minSeverity)) return [];
      if (w.components.length && c.components.length && !w.components.some((x) => c.components.includes(x))) return [];
      return channelsOf(w).map((channel) => ({ alertEventId: event.id, watchId: w.id, userId: w.userId, channel, nextAttemptAt: input.now, createdAt: input.now }));
    });
    if (rows.length) writes += (await tx.delivery.createMany({ data: rows, skipDuplicates: true })).count;
  }
  return writes;
}

const WATCHER = { include: { user: { include: { channels: true, subscription: true } } } } as const;
type WatchWithUser = Prisma.WatchGetPayload<typeof WATCHER>;

/** Active watches of a service (not paused by the plan or by their owner), with what sending needs. */
function watchersOf(tx: Tx, slug: string): Promise<WatchWithUser[]> {
  return tx.watch.findMany({ where: { serviceSlug: slug, planPaused: false, user: { alertsPaused: false } }, ...WATCHER });
}

/** Email (unless the address bounced) plus the Slack and webhook channels the plan allows. */
function channelsOf(w: WatchWithUser): string[] {
  const plan = entitlementFor(w.user.subscription);
  const email = w.user.emailSuppressedAt ? [] : ["email"];
  return [...email, ...w.user.channels.map((c) => c.kind).filter((k) => plan.channels.includes(k as "slack"))];
}
