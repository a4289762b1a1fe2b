import type { PrismaClient } from "../db";
import { DAY, floorTo, HOUR, secondsByClass } from "./rollup";

export const RAW_RETENTION_DAYS = 7;
const MAX_BACKFILL_HOURS = 48;

/**
 * Hourly housekeeping, cheap to call every cycle: rolls complete hours (and then days) into
 * UptimeRollup and deletes raw probe samples past retention. Does nothing until an hour ends.
 */
export async function runMaintenance(prisma: PrismaClient, now: Date): Promise<{ hours: number; days: number; deleted: number }> {
  const lastComplete = new Date(floorTo(now, HOUR).getTime() - HOUR);
  const done = await prisma.uptimeRollup.aggregate({ where: { granularity: "hour" }, _max: { periodStart: true } });
  const lastDone = done._max.periodStart;
  if (lastDone && lastDone >= lastComplete) return { hours: 0, days: 0, deleted: 0 };
  const first = lastDone ? new Date(lastDone.getTime() + HOUR) : new Date(Math.max(lastComplete.getTime() - (MAX_BACKFILL_HOURS - 1) * HOUR, floorTo(await firstEventAt(prisma) ?? lastComplete, HOUR).getTime()));
  const hours = await rollupHours(prisma, first, new Date(lastComplete.getTime() + HOUR));
  const days = await rollupDays(prisma, floorTo(first, DAY), floorTo(now, DAY));
  const { count } = await prisma.probeSample.deleteMany({ where: { at: { lt: new Date(now.getTime() - RAW_RETENTION_DAYS * DAY) } } });
  return { hours, days, deleted: count };
}

async function firstEventAt(prisma: PrismaClient): Promise<Date | null> {
  return (await prisma.stateEvent.aggregate({ _min: { startedAt: true } }))._min.startedAt;
}

/** Rolls hours in [from, to) for every service. */
async function rollupHours(prisma: PrismaClient, from: Date, to: Date): Promise<number> {
  const services = await prisma.service.findMany({ select: { id: true } });
  const events = await prisma.stateEvent.findMany({
    where: { componentId: null, startedAt: { lt: to }, OR: [{ endedAt: null }, { endedAt: { gt: from } }] },
    select: { serviceId: true, state: true, startedAt: true, endedAt: true },
  });
  const probes = await prisma.$queryRaw<{ serviceId: string; hour: Date; runs: bigint; ok: bigint; sum: bigint | null; max: number | null }[]>`
    SELECT "serviceId", date_trunc('hour', "at") AS hour, count(*) AS runs, count(*) FILTER (WHERE ok) AS ok,
           sum("latencyMs")::bigint AS sum, max("latencyMs") AS max
    FROM "ProbeSample" WHERE "at" >= ${from} AND "at" < ${to} GROUP BY 1, 2`;
  const incidents = await prisma.$queryRaw<{ serviceId: string; hour: Date; n: bigint }[]>`
    SELECT "serviceId", date_trunc('hour', "startedAt") AS hour, count(*) AS n
    FROM "Incident" WHERE kind = 'incident' AND "startedAt" >= ${from} AND "startedAt" < ${to} GROUP BY 1, 2`;
  const key = (id: string, h: Date) => `${id}|${h.getTime()}`;
  const probeBy = new Map(probes.map((p) => [key(p.serviceId, new Date(p.hour)), p]));
  const incidentBy = new Map(incidents.map((i) => [key(i.serviceId, new Date(i.hour)), Number(i.n)]));
  const rows = [];
  for (let h = from.getTime(); h < to.getTime(); h += HOUR) {
    const start = new Date(h);
    const end = new Date(h + HOUR);
    for (const s of services) {
      const p = probeBy.get(key(s.id, start));
      rows.push({
        serviceId: s.id, granularity: "hour", periodStart: start,
        ...secondsByClass(events.filter((e) => e.serviceId === s.id), start, end),
        incidents: incidentBy.get(key(s.id, start)) ?? 0,
        probeRuns: Number(p?.runs ?? 0), probeOk: Number(p?.ok ?? 0), latencySumMs: BigInt(p?.sum ?? 0), latencyMaxMs: p?.max ?? 0,
      });
    }
  }
  if (rows.length) await prisma.uptimeRollup.createMany({ data: rows, skipDuplicates: true });
  return rows.length;
}

/** Sums the hours of each complete day in [from, to) into day rows (recomputed, so idempotent). */
async function rollupDays(prisma: PrismaClient, from: Date, to: Date): Promise<number> {
  if (to <= from) return 0;
  return prisma.$executeRaw`
    INSERT INTO "UptimeRollup" ("serviceId", granularity, "periodStart", "operationalSec", "degradedSec", "outageSec",
      "maintenanceSec", "unknownSec", incidents, "probeRuns", "probeOk", "latencySumMs", "latencyMaxMs")
    SELECT "serviceId", 'day', date_trunc('day', "periodStart"), sum("operationalSec"), sum("degradedSec"), sum("outageSec"),
      sum("maintenanceSec"), sum("unknownSec"), sum(incidents), sum("probeRuns"), sum("probeOk"), sum("latencySumMs"), max("latencyMaxMs")
    FROM "UptimeRollup" WHERE granularity = 'hour' AND "periodStart" >= ${from} AND "periodStart" < ${to}
    GROUP BY "serviceId", date_trunc('day', "periodStart")
    ON CONFLICT ("serviceId", granularity, "periodStart") DO UPDATE SET
      "operationalSec" = EXCLUDED."operationalSec", "degradedSec" = EXCLUDED."degradedSec", "outageSec" = EXCLUDED."outageSec",
      "maintenanceSec" = EXCLUDED."maintenanceSec", "unknownSec" = EXCLUDED."unknownSec", incidents = EXCLUDED.incidents,
      "probeRuns" = EXCLUDED."probeRuns", "probeOk" = EXCLUDED."probeOk", "latencySumMs" = EXCLUDED."latencySumMs", "latencyMaxMs" = EXCLUDED."latencyMaxMs"`;
}
