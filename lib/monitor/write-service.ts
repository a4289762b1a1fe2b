import type { Prisma } from "../generated/prisma/client.ts";
import type { SnapshotPlan } from "./diff-snapshot";
import type { Verdict } from "./verdict";

type Tx = Prisma.TransactionClient;

/** Applies a snapshot plan; component state changes close and open component state events. */
export async function applySnapshotPlan(tx: Tx, serviceId: string, plan: SnapshotPlan, now: Date): Promise<number> {
  let writes = 0;
  for (const c of plan.createComponents) {
    const row = await tx.component.create({ data: { serviceId, ...c, updatedAt: now } });
    await tx.stateEvent.create({ data: { serviceId, componentId: row.id, state: c.state, signal: "official", reason: "first seen", startedAt: now } });
    writes += 2;
  }
  for (const u of plan.updateComponents) {
    await tx.component.update({ where: { id: u.id }, data: { ...u.data, updatedAt: now } });
    writes++;
    if (u.stateChanged) writes += await switchEvent(tx, serviceId, u.id, { state: u.data.state, signal: "official", reason: `component is ${u.data.state}` }, now);
  }
  if (plan.deleteComponentIds.length) {
    await tx.stateEvent.updateMany({ where: { componentId: { in: plan.deleteComponentIds }, endedAt: null }, data: { endedAt: now } });
    writes += (await tx.component.deleteMany({ where: { id: { in: plan.deleteComponentIds } } })).count;
  }
  for (const { updates, ...row } of plan.createIncidents) {
    await tx.incident.create({ data: { serviceId, ...row, firstSeenAt: now, lastSeenAt: now, updates: { create: updates } } });
    writes += 1 + updates.length;
  }
  for (const u of plan.updateIncidents) {
    await tx.incident.update({ where: { id: u.id }, data: { ...u.data, lastSeenAt: now } });
    if (u.newUpdates.length) await tx.incidentUpdate.createMany({ data: u.newUpdates.map((x) => ({ incidentId: u.id, ...x })), skipDuplicates: true });
    writes += 1 + u.newUpdates.length;
  }
  if (plan.resolveIncidentIds.length) {
    writes += (await tx.incident.updateMany({ where: { id: { in: plan.resolveIncidentIds }, resolvedAt: null }, data: { resolvedAt: now, status: "resolved", lastSeenAt: now } })).count;
  }
  return writes;
}

/** Closes the open event of a service (componentId null) or component and opens the next one. */
export async function switchEvent(tx: Tx, serviceId: string, componentId: string | null, next: { state: string; signal: string; reason: string }, now: Date): Promise<number> {
  const closed = await tx.stateEvent.updateMany({ where: { serviceId, componentId, endedAt: null }, data: { endedAt: now } });
  await tx.stateEvent.create({ data: { serviceId, componentId, ...next, startedAt: now } });
  return closed.count + 1;
}

/** Records a verdict change: the service state row and its state event. */
export async function recordVerdict(tx: Tx, serviceId: string, verdict: Verdict, description: string, sourceUpdatedAt: Date | null, now: Date, stateChanged: boolean): Promise<number> {
  const row = { state: verdict.state, officialState: verdict.officialState, signal: verdict.signal, reason: verdict.reason, description, sourceUpdatedAt };
  await tx.serviceState.upsert({
    where: { serviceId },
    create: { serviceId, ...row, changedAt: now },
    update: { ...row, ...(stateChanged ? { changedAt: now } : {}) },
  });
  if (!stateChanged) return 1;
  return 1 + (await switchEvent(tx, serviceId, null, { state: verdict.state, signal: verdict.signal, reason: verdict.reason }, now));
}
