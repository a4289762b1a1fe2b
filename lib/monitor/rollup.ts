import type { State } from "../sources/model";

export type StateClass = "operationalSec" | "degradedSec" | "outageSec" | "maintenanceSec" | "unknownSec";

const CLASS: Record<State, StateClass> = {
  operational: "operationalSec", degraded: "degradedSec", partial_outage: "outageSec",
  major_outage: "outageSec", maintenance: "maintenanceSec", unknown: "unknownSec",
};

export interface Period { state: string; startedAt: Date; endedAt: Date | null }

/**
 * Pure: seconds spent in each class of state within [from, to), from a service's state periods.
 * Time no period covers counts as unknown: we do not claim uptime we did not observe.
 */
export function secondsByClass(periods: Period[], from: Date, to: Date): Record<StateClass, number> {
  const out: Record<StateClass, number> = { operationalSec: 0, degradedSec: 0, outageSec: 0, maintenanceSec: 0, unknownSec: 0 };
  let covered = 0;
  for (const p of periods) {
    const start = Math.max(p.startedAt.getTime(), from.getTime());
    const end = Math.min((p.endedAt ?? to).getTime(), to.getTime());
    if (end <= start) continue;
    const s = (end - start) / 1000;
    out[CLASS[p.state as State] ?? "unknownSec"] += s;
    covered += s;
  }
  out.unknownSec += Math.max(0, (to.getTime() - from.getTime()) / 1000 - covered);
  for (const k of Object.keys(out) as StateClass[]) out[k] = Math.round(out[k]);
  return out;
}

/** Uptime as a fraction of observed time (unknown excluded); null when nothing was observed. */
export function uptimeRatio(r: Record<StateClass, number>): number | null {
  const observed = r.operationalSec + r.degradedSec + r.outageSec + r.maintenanceSec;
  if (!observed) return null;
  // Degraded and maintenance count as up: the service answered. Outages are down.
  return (observed - r.outageSec) / observed;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const floorTo = (d: Date, unit: number) => new Date(Math.floor(d.getTime() / unit) * unit);
