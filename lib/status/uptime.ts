import type { PrismaClient } from "../db";
import { DAY, floorTo, HOUR, secondsByClass, uptimeRatio, type StateClass } from "../monitor/rollup";

export interface UptimeDay {
  /** UTC date, YYYY-MM-DD. */
  day: string;
  /** Fraction of observed time the service was up; null when nothing was observed that day. */
  ratio: number | null;
  outageSec: number;
  degradedSec: number;
  unknownSec: number;
  incidents: number;
}

type Seconds = Record<StateClass, number>;
const add = (a: Seconds, b: Seconds): Seconds => ({
  operationalSec: a.operationalSec + b.operationalSec, degradedSec: a.degradedSec + b.degradedSec, outageSec: a.outageSec + b.outageSec,
  maintenanceSec: a.maintenanceSec + b.maintenanceSec, unknownSec: a.unknownSec + b.unknownSec,
});

/**
 * Uptime per UTC day for the last `days` days, today included. Reads day rollups, today's hour
 * rollups and the live state periods since the last rolled hour: at most ~days + 24 rows.
 */
export async function uptimeByDay(prisma: PrismaClient, serviceId: string, days: number, now: Date): Promise<UptimeDay[]> {
  const today = floorTo(now, DAY);
  const from = new Date(today.getTime() - (days - 1) * DAY);
  const rollups = await prisma.uptimeRollup.findMany({
    where: { serviceId, OR: [{ granularity: "day", periodStart: { gte: from, lt: today } }, { granularity: "hour", periodStart: { gte: today } }] },
  });
  const lastHour = rollups.filter((r) => r.granularity === "hour").reduce((m, r) => Math.max(m, r.periodStart.getTime() + HOUR), today.getTime());
  const [live, todayIncidents] = await Promise.all([
    prisma.stateEvent.findMany({
      where: { serviceId, componentId: null, startedAt: { lt: now }, OR: [{ endedAt: null }, { endedAt: { gt: new Date(lastHour) } }] },
      select: { state: true, startedAt: true, endedAt: true },
    }),
    prisma.incident.count({ where: { serviceId, kind: "incident", startedAt: { gte: new Date(lastHour) } } }),
  ]);
  const byDay = new Map<number, { s: Seconds; incidents: number }>();
  for (const r of rollups) {
    const key = floorTo(r.periodStart, DAY).getTime();
    const prev = byDay.get(key) ?? { s: secondsByClass([], r.periodStart, r.periodStart), incidents: 0 };
    byDay.set(key, { s: add(prev.s, r), incidents: prev.incidents + r.incidents });
  }
  if (now.getTime() > lastHour) {
    const prev = byDay.get(today.getTime()) ?? { s: secondsByClass([], today, today), incidents: 0 };
    byDay.set(today.getTime(), { s: add(prev.s, secondsByClass(live, new Date(lastHour), now)), incidents: prev.incidents + todayIncidents });
  }
  const out: UptimeDay[] = [];
  for (let d = from.getTime(); d <= today.getTime(); d += DAY) {
    const v = byDay.get(d);
    out.push({
      day: new Date(d).toISOString().slice(0, 10),
      ratio: v ? uptimeRatio(v.s) : null,
      outageSec: v?.s.outageSec ?? 0, degradedSec: v?.s.degradedSec ?? 0, unknownSec: v?.s.unknownSec ?? 0, incidents: v?.incidents ?? 0,
    });
  }
  return out;
}

/** The mean of the days that have observations, or null when none has. */
export function averageUptime(days: UptimeDay[]): number | null {
  const observed = days.filter((d) => d.ratio !== null);
  return observed.length ? observed.reduce((a, d) => a + d.ratio!, 0) / observed.length : null;
}
