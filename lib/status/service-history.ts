import type { PrismaClient } from "../db";

export interface LatencyBucket { at: string; avgMs: number; maxMs: number; runs: number; failures: number }
export interface PastIncident {
  id: string; name: string; status: string; impact: string; url: string | null;
  startedAt: string; resolvedAt: string | null; durationSec: number | null; firstSeenAt: string;
}

/** Our probe latency over the last 24 h in 15-minute buckets (all probes of the service). */
export async function probeLatency24h(prisma: PrismaClient, serviceId: string, now: Date): Promise<LatencyBucket[]> {
  const from = new Date(now.getTime() - 24 * 3_600_000);
  const rows = await prisma.$queryRaw<{ bucket: Date; avg: number; max: number; runs: bigint; failures: bigint }[]>`
    SELECT to_timestamp(floor(extract(epoch FROM "at") / 900) * 900) AS bucket,
           avg("latencyMs")::float AS avg, max("latencyMs") AS max, count(*) AS runs, count(*) FILTER (WHERE NOT ok) AS failures
    FROM "ProbeSample" WHERE "serviceId" = ${serviceId} AND "at" >= ${from}
    GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({ at: new Date(r.bucket).toISOString(), avgMs: Math.round(r.avg), maxMs: r.max, runs: Number(r.runs), failures: Number(r.failures) }));
}

/** Incidents that started in the last `days` days, newest first, with their durations. */
export async function incidentHistory(prisma: PrismaClient, serviceId: string, now: Date, days = 90): Promise<PastIncident[]> {
  const rows = await prisma.incident.findMany({
    where: { serviceId, kind: "incident", startedAt: { gte: new Date(now.getTime() - days * 86_400_000) } },
    orderBy: { startedAt: "desc" },
    take: 200,
  });
  return rows.map((i) => ({
    id: i.upstreamId, name: i.name, status: i.status, impact: i.impact, url: i.url,
    startedAt: i.startedAt.toISOString(), resolvedAt: i.resolvedAt?.toISOString() ?? null,
    durationSec: i.resolvedAt ? Math.round((i.resolvedAt.getTime() - i.startedAt.getTime()) / 1000) : null,
    firstSeenAt: i.firstSeenAt.toISOString(),
  }));
}

export interface IncidentDetail extends PastIncident {
  serviceSlug: string;
  components: { id: string; name: string }[];
  updates: { status: string; body: string; at: string }[];
  /** Seconds between the official page's first update and our first sight of the incident. */
  detectionLagSec: number | null;
}

export async function getIncident(prisma: PrismaClient, serviceSlug: string, upstreamId: string): Promise<IncidentDetail | null> {
  const i = await prisma.incident.findFirst({
    where: { upstreamId, kind: "incident", service: { slug: serviceSlug } },
    include: { updates: { orderBy: { at: "asc" } }, service: { include: { components: true } } },
  });
  if (!i) return null;
  const firstOfficial = i.updates[0]?.at ?? i.startedAt;
  const byId = new Map(i.service.components.map((c) => [c.upstreamId, c.name]));
  return {
    id: i.upstreamId, name: i.name, status: i.status, impact: i.impact, url: i.url, serviceSlug,
    startedAt: i.startedAt.toISOString(), resolvedAt: i.resolvedAt?.toISOString() ?? null,
    durationSec: i.resolvedAt ? Math.round((i.resolvedAt.getTime() - i.startedAt.getTime()) / 1000) : null,
    firstSeenAt: i.firstSeenAt.toISOString(),
    components: i.componentIds.map((id) => ({ id, name: byId.get(id) ?? id })),
    updates: i.updates.map((u) => ({ status: u.status, body: u.body, at: u.at.toISOString() })),
    detectionLagSec: Math.round((i.firstSeenAt.getTime() - firstOfficial.getTime()) / 1000),
  };
}

export interface FeedItem {
  id: string; serviceSlug: string; serviceName: string; name: string; status: string; impact: string;
  startedAt: string; resolvedAt: string | null; updatedAt: string; latest: string;
}

/** Recent incidents across services (or one), newest activity first: feeds and the sitemap. */
export async function recentIncidents(prisma: PrismaClient, limit: number, serviceSlug?: string): Promise<FeedItem[]> {
  const rows = await prisma.incident.findMany({
    where: { kind: "incident", ...(serviceSlug ? { service: { slug: serviceSlug } } : {}) },
    orderBy: { lastSeenAt: "desc" },
    take: limit,
    include: { service: { select: { slug: true, name: true } }, updates: { orderBy: { at: "desc" }, take: 1 } },
  });
  return rows.map((i) => ({
    id: i.upstreamId, serviceSlug: i.service.slug, serviceName: i.service.name, name: i.name, status: i.status, impact: i.impact,
    startedAt: i.startedAt.toISOString(), resolvedAt: i.resolvedAt?.toISOString() ?? null,
    updatedAt: (i.updates[0]?.at ?? i.resolvedAt ?? i.startedAt).toISOString(), latest: i.updates[0]?.body ?? "",
  }));
}

export interface StateChange { serviceSlug: string; serviceName: string; state: string; reason: string; at: string }

/** Recent service-level verdict changes, newest first. */
export async function recentStateChanges(prisma: PrismaClient, limit: number, serviceSlug?: string): Promise<StateChange[]> {
  const rows = await prisma.stateEvent.findMany({
    where: { componentId: null, ...(serviceSlug ? { service: { slug: serviceSlug } } : {}) },
    orderBy: { startedAt: "desc" },
    take: limit,
    include: { service: { select: { slug: true, name: true } } },
  });
  return rows.map((e) => ({ serviceSlug: e.service.slug, serviceName: e.service.name, state: e.state, reason: e.reason, at: e.startedAt.toISOString() }));
}
