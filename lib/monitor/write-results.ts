import type { PrismaClient } from "../db";
import type { ServiceEntry } from "../catalog/types";
import { nextProbeCounters, type ProbeCounters } from "../probes/hysteresis";
import type { ProbeOutcome } from "../probes/run-probe";
import type { NormalizedStatus, State } from "../sources/model";
import { nextAttemptDelayMs } from "./backoff";
import { diffSnapshot, isEmptyPlan } from "./diff-snapshot";
import type { ClaimedSource } from "./lease";
import { vantageNote, type Vantage } from "./vantage";
import { fuseVerdict } from "./verdict";
import { applySnapshotPlan, recordVerdict } from "./write-service";
import { enqueueAlerts, enqueueIncidentAlerts } from "../alerts/enqueue";
import { incidentChanges } from "../alerts/incident-changes";

export type SourceResult = { entry: ServiceEntry; claim: ClaimedSource; serviceId: string; probes: ProbeOutcome[] } & (
  | { kind: "ok"; status: NormalizedStatus; etag: string | null; lastModified: string | null }
  | { kind: "not_modified"; etag: string | null; lastModified: string | null }
  | { kind: "fail"; errorKind: string; reason: string }
);

interface Opts {
  now: Date;
  intervalMs: number;
  staleAfterMs: number;
  /**
   * This cycle's judgement of our own network. When it looks down, the cycle's probe runs were
   * discarded (the stored probe states speak instead), stale verdicts say why, and failures are
   * not the sources' fault, so they earn no backoff.
   */
  vantage?: Vantage;
}

/**
 * Writes one cycle's results. Per service, the snapshot diff and a verdict change go in one
 * transaction; nothing is written for a service whose data did not change, apart from source
 * bookkeeping and probe samples.
 */
export async function writeResults(prisma: PrismaClient, results: SourceResult[], opts: Opts): Promise<{ changed: string[]; touched: string[]; rows: number }> {
  if (!results.length) return { changed: [], touched: [], rows: 0 };
  const networkDown = opts.vantage?.down ?? false;
  const note = networkDown ? vantageNote(opts.vantage!) : null;
  const ids = results.map((r) => r.serviceId);
  const upstreamIds = results.flatMap((r) => (r.kind === "ok" ? [...r.status.incidents, ...r.status.maintenances].map((i) => i.upstreamId) : []));
  const [states, sources, components, incidents, probeStates] = await Promise.all([
    prisma.serviceState.findMany({ where: { serviceId: { in: ids } } }),
    prisma.sourceState.findMany({ where: { serviceId: { in: ids } } }),
    prisma.component.findMany({ where: { serviceId: { in: ids } } }),
    prisma.incident.findMany({
      where: { serviceId: { in: ids }, OR: [{ resolvedAt: null }, { upstreamId: { in: upstreamIds } }] },
      include: { updates: { select: { at: true, status: true } } },
    }),
    prisma.probeState.findMany({ where: { serviceId: { in: ids } } }),
  ]);
  const group = <T extends { serviceId: string }>(rows: T[]) => rows.reduce((m, r) => m.set(r.serviceId, [...(m.get(r.serviceId) ?? []), r]), new Map<string, T[]>());
  const stateBy = new Map(states.map((s) => [s.serviceId, s]));
  const sourceBy = new Map(sources.map((s) => [s.serviceId, s]));
  const componentsBy = group(components);
  const incidentsBy = group(incidents);
  const probeBy = new Map(probeStates.map((p) => [`${p.serviceId}|${p.probeId}`, p]));
  const probesOf = group(probeStates);

  const changed: string[] = [];
  const touched: string[] = [];
  const probeRows: ProbeRow[] = [];
  let rows = 0;
  for (const r of results) {
    const { now } = opts;
    const counters = new Map<string, ProbeCounters>(r.probes.map((o) => [o.probeId, nextProbeCounters(probeBy.get(`${r.serviceId}|${o.probeId}`) ?? null, o)]));
    const src = sourceBy.get(r.serviceId);
    const official =
      r.kind === "ok" ? { state: r.status.overall, description: r.status.description, readAt: now }
      : src?.officialState && (r.kind === "not_modified" || src.lastSuccessAt)
        ? { state: src.officialState as State, description: src.officialDescription ?? "", readAt: r.kind === "not_modified" ? now : src.lastSuccessAt! }
        : null;
    const verdict = fuseVerdict({
      now, official, officialError: r.kind === "fail" ? r.reason : null, staleAfterMs: opts.staleAfterMs, note,
      // With our network down this cycle's probe runs were dropped; the stored probe states speak
      // instead, so an outage only our probes saw neither "recovers" nor opens anew.
      probes: networkDown
        ? (probesOf.get(r.serviceId) ?? []).map((p) => ({ probeId: p.probeId, name: probeName(r.entry, p.probeId), suspectedSince: p.suspectedSince, slow: false }))
        : r.probes.map((o) => ({ probeId: o.probeId, name: probeName(r.entry, o.probeId), suspectedSince: counters.get(o.probeId)!.suspectedSince, slow: o.slow })),
    });
    const prev = stateBy.get(r.serviceId);
    const description = official?.description ?? prev?.description ?? "";
    const stateChanged = !prev || prev.state !== verdict.state;
    const verdictChanged = stateChanged || prev.signal !== verdict.signal || prev.officialState !== verdict.officialState || prev.description !== description;
    const plan = r.kind === "ok" ? diffSnapshot({ components: componentsBy.get(r.serviceId) ?? [], incidents: incidentsBy.get(r.serviceId) ?? [] }, r.status, now) : null;
    if ((plan && !isEmptyPlan(plan)) || verdictChanged) {
      rows += await prisma.$transaction(async (tx) => {
        let n = plan ? await applySnapshotPlan(tx, r.serviceId, plan, now) : 0;
        if (verdictChanged) n += await recordVerdict(tx, r.serviceId, verdict, description, r.kind === "ok" ? r.status.sourceUpdatedAt : prev?.sourceUpdatedAt ?? null, now, stateChanged);
        // Alerts and their deliveries commit with the change that caused them, or not at all.
        let alerted = 0;
        if (stateChanged) {
          const broken = r.kind === "ok" ? r.status.components.filter((c) => c.state !== "operational").map((c) => c.name) : [];
          alerted = await enqueueAlerts(tx, { serviceId: r.serviceId, slug: r.entry.slug, previousState: prev?.state ?? null, verdict, components: broken, now });
        }
        // Incidents already open on the first read of a service are history, not news.
        if (plan && prev && r.kind === "ok") {
          const changes = incidentChanges(plan, incidentsBy.get(r.serviceId) ?? [], r.status);
          // A verdict change this cycle speaks for its incidents (alerted, or held back as flapping).
          if (changes.length) alerted += await enqueueIncidentAlerts(tx, { serviceId: r.serviceId, slug: r.entry.slug, changes, verdictAlerted: stateChanged, state: verdict.state, now });
        }
        return n + alerted;
      });
      touched.push(r.entry.slug);
    }
    if (stateChanged) changed.push(r.entry.slug);
    for (const o of r.probes) probeRows.push({ serviceId: r.serviceId, outcome: o, counters: counters.get(o.probeId)! });
  }
  await writeSourceStates(prisma, results, opts.now, opts.intervalMs, networkDown);
  await writeProbeStates(prisma, probeRows);
  const samples = results.flatMap((r) => r.probes.map((o) => ({ serviceId: r.serviceId, probeId: o.probeId, at: o.at, ok: o.ok, status: o.status, latencyMs: o.latencyMs, error: o.error })));
  if (samples.length) await prisma.probeSample.createMany({ data: samples });
  return { changed, touched, rows };
}

const probeName = (entry: ServiceEntry, id: string) => entry.probes?.find((p) => p.id === id)?.name ?? id;

type ProbeRow = { serviceId: string; outcome: ProbeOutcome; counters: ProbeCounters };

/** Every probe's counters and last run, for the whole cycle in one upsert. */
async function writeProbeStates(prisma: PrismaClient, rows: ProbeRow[]) {
  if (!rows.length) return;
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  await prisma.$executeRaw`
    INSERT INTO "ProbeState" ("serviceId", "probeId", "consecutiveFailures", "consecutiveSuccesses", "failingSince", "suspectedSince", "lastAt", "lastOk", "lastStatus", "lastLatencyMs", "lastError")
    SELECT * FROM unnest(
      ${rows.map((r) => r.serviceId)}::text[], ${rows.map((r) => r.outcome.probeId)}::text[],
      ${rows.map((r) => r.counters.consecutiveFailures)}::int[], ${rows.map((r) => r.counters.consecutiveSuccesses)}::int[],
      ${rows.map((r) => iso(r.counters.failingSince))}::timestamptz[], ${rows.map((r) => iso(r.counters.suspectedSince))}::timestamptz[],
      ${rows.map((r) => iso(r.outcome.at))}::timestamptz[], ${rows.map((r) => r.outcome.ok)}::boolean[], ${rows.map((r) => r.outcome.status)}::int[],
      ${rows.map((r) => r.outcome.latencyMs)}::int[], ${rows.map((r) => r.outcome.error)}::text[])
    ON CONFLICT ("serviceId", "probeId") DO UPDATE SET
      "consecutiveFailures" = EXCLUDED."consecutiveFailures", "consecutiveSuccesses" = EXCLUDED."consecutiveSuccesses",
      "failingSince" = EXCLUDED."failingSince", "suspectedSince" = EXCLUDED."suspectedSince", "lastAt" = EXCLUDED."lastAt",
      "lastOk" = EXCLUDED."lastOk", "lastStatus" = EXCLUDED."lastStatus", "lastLatencyMs" = EXCLUDED."lastLatencyMs", "lastError" = EXCLUDED."lastError"`;
}

/**
 * Source bookkeeping for the whole cycle in two statements (successes, failures) rather than one
 * per source: at 500 sources this is most of an unchanged cycle's cost.
 */
async function writeSourceStates(prisma: PrismaClient, results: SourceResult[], now: Date, intervalMs: number, networkDown: boolean) {
  const good = results.flatMap((r) => (r.kind === "fail" ? [] : [r]));
  const bad = results.flatMap((r) => (r.kind === "fail" ? [r] : []));
  if (good.length) {
    const parsed = good.map((r) => (r.kind === "ok" ? r.status : null));
    await prisma.$executeRaw`
      UPDATE "SourceState" AS s SET "leaseOwner" = NULL, "leaseUntil" = NULL, "consecutiveFailures" = 0, "lastSuccessAt" = ${now},
        etag = v.etag, "lastModified" = v.lm,
        "officialState" = COALESCE(v.os, s."officialState"), "officialDescription" = COALESCE(v.od, s."officialDescription"),
        "officialUpdatedAt" = CASE WHEN v.os IS NULL THEN s."officialUpdatedAt" ELSE v.ou END
      FROM (SELECT unnest(${good.map((r) => r.serviceId)}::text[]) AS id, unnest(${good.map((r) => r.etag)}::text[]) AS etag,
                   unnest(${good.map((r) => r.lastModified)}::text[]) AS lm,
                   unnest(${parsed.map((p) => p?.overall ?? null)}::text[]) AS os, unnest(${parsed.map((p) => p?.description ?? null)}::text[]) AS od,
                   unnest(${parsed.map((p) => p?.sourceUpdatedAt?.toISOString() ?? null)}::timestamptz[]) AS ou) AS v
      WHERE s."serviceId" = v.id`;
  }
  if (bad.length) {
    // Failures while our own network is down are not the source's: its count stays as it was.
    const failures = bad.map((r) => (networkDown ? r.claim.consecutiveFailures : r.claim.consecutiveFailures + 1));
    await prisma.$executeRaw`
      UPDATE "SourceState" AS s SET "leaseOwner" = NULL, "leaseUntil" = NULL, "consecutiveFailures" = v.f, "nextAttemptAt" = v.next,
        "lastErrorKind" = v.kind, "lastError" = v.reason, "lastErrorAt" = ${now}
      FROM (SELECT unnest(${bad.map((r) => r.serviceId)}::text[]) AS id, unnest(${failures}::int[]) AS f,
                   unnest(${failures.map((f) => new Date(now.getTime() + nextAttemptDelayMs(networkDown ? Math.min(f, 1) : f, intervalMs)).toISOString())}::timestamptz[]) AS next,
                   unnest(${bad.map((r) => r.errorKind)}::text[]) AS kind, unnest(${bad.map((r) => r.reason)}::text[]) AS reason) AS v
      WHERE s."serviceId" = v.id`;
  }
}
