import { createHash, randomUUID } from "node:crypto";
import type { PrismaClient } from "../db";
import type { Email } from "../email/send-email";
import { alertEmail, digestEmail } from "../email/templates/alert";
import { FOLLOW_UP_KINDS, OUTAGE_KINDS } from "./classify";
import { slackBody, type AlertPayload } from "./payload";
import { signWebhook } from "./channels/sign";
import { SendError, type Senders } from "./senders";
import { signingSecret, unsubscribeHeaders, unsubscribePageUrl, unsubscribeToken } from "./unsubscribe";

export const MAX_ATTEMPTS = 10;
export const STALE_AFTER_MS = 30 * 60_000;

export interface DispatchSummary { claimed: number; sent: number; retried: number; parked: number; skipped: number }

type Claimed = Awaited<ReturnType<typeof loadClaimed>>[number];

/**
 * Drains the outbox once: claims due deliveries (never one whose older sibling for the same
 * watch and channel is still unsent, so a "resolved" cannot overtake its "down"), skips stale and
 * orphan recoveries, sends emails in batches of up to 100 and posts the rest, then records each
 * outcome. Failures back off exponentially with jitter and are parked after MAX_ATTEMPTS.
 */
export async function dispatchDue(prisma: PrismaClient, opts: { now: Date; senders: Senders; siteUrl: string; limit?: number; leaseMs?: number; random?: () => number }): Promise<DispatchSummary> {
  const { now } = opts;
  const ids = await claim(prisma, now, opts.limit ?? 200, opts.leaseMs ?? 60_000);
  const summary: DispatchSummary = { claimed: ids.length, sent: 0, retried: 0, parked: 0, skipped: 0 };
  if (!ids.length) return summary;
  const rows = await loadClaimed(prisma, ids);
  const live: Claimed[] = [];
  const skipped = new Map<string, string[]>(); // reason → delivery ids, written one statement per reason
  for (const d of rows) {
    const skip = await skipReason(prisma, d, now);
    if (skip) skipped.set(skip, [...(skipped.get(skip) ?? []), d.id]);
    else live.push(d);
  }
  for (const [reason, ids] of skipped) {
    await prisma.delivery.updateMany({ where: { id: { in: ids } }, data: { status: "skipped", lastError: reason, leaseUntil: null } });
    summary.skipped += ids.length;
  }
  // One backoff for the whole list: the rows of an email batch must come due together, or a later
  // claim would take part of the batch and re-send it under the batch's key with another body.
  const fail = async (list: Claimed[], err: unknown) => {
    const e = err instanceof SendError ? err : new SendError((err as Error).message, false);
    const attempts = Math.max(...list.map((d) => d.attempts));
    const delay = e.retryAfterMs ?? Math.min(5_000 * 2 ** (attempts - 1), 10 * 60_000) * (0.8 + (opts.random ?? Math.random)() * 0.4);
    const data = { lastError: e.message.slice(0, 500), leaseUntil: null, nextAttemptAt: new Date(now.getTime() + delay) };
    const parked = list.filter((d) => e.permanent || d.attempts >= MAX_ATTEMPTS).map((d) => d.id);
    const retried = list.map((d) => d.id).filter((id) => !parked.includes(id));
    if (parked.length) await prisma.delivery.updateMany({ where: { id: { in: parked } }, data: { ...data, status: "parked" } });
    if (retried.length) await prisma.delivery.updateMany({ where: { id: { in: retried } }, data: { ...data, status: "pending" } });
    summary.parked += parked.length;
    summary.retried += retried.length;
  };
  const done = async (list: Claimed[]) => {
    await prisma.delivery.updateMany({ where: { id: { in: list.map((d) => d.id) } }, data: { status: "sent", sentAt: now, leaseUntil: null, lastError: null } });
    summary.sent += list.length;
  };
  // Emails: a batch id is fixed before sending, so a crash between send and record resends the
  // same batch under the same Idempotency-Key, and the provider drops the repeat.
  const emails = live.filter((d) => d.channel === "email");
  const secret = emails.length ? await signingSecret(prisma) : "";
  let pausedUntil: number | null = null;
  for (const group of await batches(prisma, emails)) {
    // After a rate limit, the rest wait for the provider's retry-after instead of hammering it.
    if (pausedUntil !== null) {
      await prisma.delivery.updateMany({ where: { id: { in: group.map((d) => d.id) } }, data: { status: "pending", leaseUntil: null, nextAttemptAt: new Date(pausedUntil), attempts: { decrement: 1 } } });
      summary.retried += group.length;
      continue;
    }
    try {
      await opts.senders.emailBatch(await toEmails(group, opts.siteUrl, secret), batchKey(group));
      await done(group);
    } catch (err) {
      await fail(group, err);
      if (err instanceof SendError && err.retryAfterMs !== undefined) pausedUntil = now.getTime() + err.retryAfterMs;
    }
  }
  for (const d of live.filter((x) => x.channel !== "email")) {
    const channel = d.user.channels.find((c) => c.kind === d.channel);
    if (!channel) {
      await prisma.delivery.update({ where: { id: d.id }, data: { status: "skipped", lastError: "channel removed", leaseUntil: null } });
      summary.skipped++;
      continue;
    }
    const payload = payloadOf(d, opts.siteUrl);
    const body = d.channel === "slack" ? slackBody(payload) : JSON.stringify(payload);
    const headers: Record<string, string> = d.channel === "webhook" && channel.secret ? { "x-statusradar-signature": signWebhook(body, channel.secret, now), "idempotency-key": d.id } : {};
    try {
      await opts.senders.post(channel.url, body, headers);
      await done([d]);
    } catch (err) {
      await fail([d], err);
    }
  }
  return summary;
}

async function claim(prisma: PrismaClient, now: Date, limit: number, leaseMs: number): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE "Delivery" SET status = 'sending', attempts = attempts + 1, "leaseUntil" = ${new Date(now.getTime() + leaseMs)}
    WHERE id IN (
      SELECT d.id FROM "Delivery" d
      WHERE (d.status = 'pending' OR (d.status = 'sending' AND d."leaseUntil" < ${now})) AND d."nextAttemptAt" <= ${now}
        AND NOT EXISTS (SELECT 1 FROM "Delivery" o WHERE o."watchId" = d."watchId" AND o.channel = d.channel
          AND o."createdAt" < d."createdAt" AND o.status IN ('pending', 'sending'))
      ORDER BY d."createdAt", d.id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  return rows.map((r) => r.id);
}

function loadClaimed(prisma: PrismaClient, ids: string[]) {
  return prisma.delivery.findMany({
    where: { id: { in: ids } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { alertEvent: { include: { service: { include: { state: true } } } }, user: { include: { channels: true } } },
  });
}

/**
 * Why not to send: an outage alert 30 minutes late for an outage already over; a recovery nobody
 * was told the outage of; an incident follow-up for someone told neither of it nor of an outage.
 */
async function skipReason(prisma: PrismaClient, d: Claimed, now: Date): Promise<string | null> {
  const e = d.alertEvent;
  if (OUTAGE_KINDS.includes(e.kind) || e.kind === "incident_opened") {
    const over = e.service.state?.state === "operational";
    return over && now.getTime() - e.occurredAt.getTime() > STALE_AFTER_MS ? "stale: the outage ended before this could be sent" : null;
  }
  if (FOLLOW_UP_KINDS.includes(e.kind)) {
    const told = await prisma.delivery.count({
      where: {
        watchId: d.watchId, channel: d.channel, status: "sent",
        alertEvent: { occurredAt: { lte: e.occurredAt, gte: new Date(e.occurredAt.getTime() - 86_400_000) }, OR: [{ incidentUpstreamId: e.incidentUpstreamId, kind: "incident_opened" }, { kind: { in: OUTAGE_KINDS } }] },
      },
    });
    return told ? null : "no alert about this incident was sent";
  }
  if (e.kind !== "outage_resolved") return null;
  const lastResolved = await prisma.delivery.findFirst({
    where: { watchId: d.watchId, channel: d.channel, status: "sent", alertEvent: { kind: "outage_resolved", occurredAt: { lt: e.occurredAt } } },
    orderBy: { alertEvent: { occurredAt: "desc" } }, select: { alertEvent: { select: { occurredAt: true } } },
  });
  const told = await prisma.delivery.count({
    where: { watchId: d.watchId, channel: d.channel, status: "sent", alertEvent: { kind: { in: OUTAGE_KINDS }, occurredAt: { lte: e.occurredAt, gt: lastResolved?.alertEvent.occurredAt ?? new Date(0) } } },
  });
  return told ? null : "no alert about this outage was sent";
}

/**
 * Groups claimed emails by batch id, assigning new ids before sending: a batch holds the
 * deliveries of at most 100 recipients, and all of one recipient's deliveries stay together
 * (they become one digest email).
 */
async function batches(prisma: PrismaClient, emails: Claimed[]): Promise<Claimed[][]> {
  const byUser = new Map<string, Claimed[]>();
  for (const d of emails.filter((x) => !x.batchId)) byUser.set(d.userId, [...(byUser.get(d.userId) ?? []), d]);
  const users = [...byUser.values()];
  for (let i = 0; i < users.length; i += 100) {
    const chunk = users.slice(i, i + 100).flat();
    const batchId = randomUUID();
    await prisma.delivery.updateMany({ where: { id: { in: chunk.map((d) => d.id) } }, data: { batchId } });
    for (const d of chunk) d.batchId = batchId;
  }
  const groups = new Map<string, Claimed[]>();
  for (const d of emails) groups.set(d.batchId!, [...(groups.get(d.batchId!) ?? []), d]);
  return [...groups.values()];
}

/**
 * The Idempotency-Key of an email batch: its batch id plus a digest of exactly which deliveries it
 * carries. A retry of the same rows (after a crash or a timeout, when the first request may have
 * gone through) reuses the key, so the provider drops the repeat. Should a claim take only part
 * of a batch (the claim limit, a row skipped meanwhile), that part is a different request with
 * its own key: reusing the batch's key with another body would be refused with 409 for good.
 */
function batchKey(group: Claimed[]): string {
  const members = group.map((d) => d.id).sort().join(",");
  return `${group[0]!.batchId}:${createHash("sha256").update(members).digest("base64url").slice(0, 22)}`;
}

function payloadOf(d: Claimed, siteUrl: string): AlertPayload {
  const e = d.alertEvent;
  return {
    id: e.id, type: e.kind as AlertPayload["type"], service: { slug: e.service.slug, name: e.service.name, url: `${siteUrl}/status/${e.service.slug}` },
    state: e.state, reason: e.reason, occurredAt: e.occurredAt.toISOString(),
    // Events written before incidentName existed carry the name only as the head of the reason.
    ...(e.incidentUpstreamId ? { incident: { id: e.incidentUpstreamId, name: e.incidentName ?? e.reason.split(": ")[0]! } } : {}),
  };
}

/** One email per recipient: their single alert, or a digest when several services changed at once. */
async function toEmails(group: Claimed[], siteUrl: string, secret: string): Promise<Email[]> {
  const byUser = new Map<string, Claimed[]>();
  for (const d of group) byUser.set(d.userId, [...(byUser.get(d.userId) ?? []), d]);
  // Rendering is the costly part, and an event's email differs between recipients only in the
  // unsubscribe link: render once per event with a placeholder, then fill it in per recipient.
  const rendered = new Map<string, ReturnType<typeof alertEmail>>();
  return Promise.all([...byUser.values()].map(async (ds) => {
    const first = ds[0]!;
    const to = first.user.email;
    if (ds.length > 1) return { to, ...(await digestEmail(ds.map((d) => payloadOf(d, siteUrl)), `${siteUrl}/account`)) };
    if (!rendered.has(first.alertEventId)) rendered.set(first.alertEventId, alertEmail(payloadOf(first, siteUrl), UNSUBSCRIBE_PLACEHOLDER));
    const mail = await rendered.get(first.alertEventId)!;
    const token = unsubscribeToken(secret, first.userId, first.alertEvent.service.slug);
    const url = unsubscribePageUrl(siteUrl, token);
    return { to, subject: mail.subject, html: mail.html.replaceAll(UNSUBSCRIBE_PLACEHOLDER, url), text: mail.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, url), headers: unsubscribeHeaders(siteUrl, token) };
  }));
}

const UNSUBSCRIBE_PLACEHOLDER = "https://statusradar.invalid/unsubscribe-placeholder";
