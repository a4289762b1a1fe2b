import type { PrismaClient } from "../db";
import type { State } from "../sources/model";
import { currentSourceError } from "./labels";

export interface ServiceStatus {
  slug: string;
  name: string;
  category: string;
  statusPageUrl: string;
  verdict: { state: State; signal: string; reason: string; changedAt: string | null };
  official: { state: State | null; description: string | null; updatedAt: string | null; lastReadAt: string | null; lastCheckAt: string | null; error: { kind: string; reason: string; at: string } | null };
  components: { id: string; name: string; group: string | null; state: State }[];
  incidents: { id: string; name: string; status: string; impact: string; url: string | null; startedAt: string; firstSeenAt: string; updates: { status: string; body: string; at: string }[] }[];
  maintenances: { id: string; name: string; status: string; scheduledFor: string | null; scheduledUntil: string | null; url: string | null }[];
  probes: { id: string; ok: boolean; status: number | null; latencyMs: number; at: string; failingSince: string | null; suspectedSince: string | null; error: string | null }[];
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The full current status of one service, in the shape the JSON API and the CLI print. */
export async function getServiceStatus(prisma: PrismaClient, slug: string): Promise<ServiceStatus | null> {
  return (await serviceStatusWithId(prisma, slug))?.status ?? null;
}

/** The same, with the service's row id for further queries (kept out of the public shape). */
export async function serviceStatusWithId(prisma: PrismaClient, slug: string): Promise<{ id: string; status: ServiceStatus } | null> {
  const s = await prisma.service.findUnique({
    where: { slug },
    include: {
      state: true, source: true, probeStates: true,
      components: { orderBy: { position: "asc" } },
      incidents: { where: { resolvedAt: null }, orderBy: { startedAt: "desc" }, include: { updates: { orderBy: { at: "desc" } } } },
    },
  });
  if (!s) return null;
  const src = s.source;
  const failing = currentSourceError(src);
  const status: ServiceStatus = {
    slug: s.slug, name: s.name, category: s.category, statusPageUrl: s.statusPageUrl,
    verdict: { state: (s.state?.state ?? "unknown") as State, signal: s.state?.signal ?? "stale", reason: s.state?.reason ?? "Not checked yet", changedAt: iso(s.state?.changedAt) },
    official: {
      state: (src?.officialState ?? null) as State | null, description: src?.officialDescription ?? null, updatedAt: iso(src?.officialUpdatedAt),
      lastReadAt: iso(src?.lastSuccessAt), lastCheckAt: iso(src?.lastAttemptAt),
      error: failing ? { kind: failing.lastErrorKind ?? "error", reason: failing.lastError ?? "", at: failing.lastErrorAt!.toISOString() } : null,
    },
    components: s.components.map((c) => ({ id: c.upstreamId, name: c.name, group: c.group, state: c.state as State })),
    incidents: s.incidents.filter((i) => i.kind === "incident").map((i) => ({
      id: i.upstreamId, name: i.name, status: i.status, impact: i.impact, url: i.url, startedAt: i.startedAt.toISOString(), firstSeenAt: i.firstSeenAt.toISOString(),
      updates: i.updates.map((u) => ({ status: u.status, body: u.body, at: u.at.toISOString() })),
    })),
    maintenances: s.incidents.filter((i) => i.kind === "maintenance").map((m) => ({ id: m.upstreamId, name: m.name, status: m.status, scheduledFor: iso(m.scheduledFor), scheduledUntil: iso(m.scheduledUntil), url: m.url })),
    probes: s.probeStates.map((p) => ({ id: p.probeId, ok: p.lastOk, status: p.lastStatus, latencyMs: p.lastLatencyMs, at: p.lastAt.toISOString(), failingSince: iso(p.failingSince), suspectedSince: iso(p.suspectedSince), error: p.lastError })),
  };
  return { id: s.id, status };
}
