import type { State } from "../sources/model";

export type AlertKind = "outage_started" | "outage_updated" | "outage_resolved" | "flapping";

/** Kinds that tell a subscriber something is wrong (a later recovery needs one of them sent first). */
export const OUTAGE_KINDS = ["outage_started", "outage_updated", "flapping"];
/** Kinds born of verdict changes (what flapping counts). */
export const VERDICT_KINDS = ["outage_started", "outage_updated", "outage_resolved", "flapping"];
/** Follow-ups: sent only to someone already told about the incident or an outage of the service. */
export const FOLLOW_UP_KINDS = ["incident_updated", "incident_resolved"];
export const FLAP_WINDOW_MS = 15 * 60_000;
export const FLAP_CHANGES = 3;

const RANK: Partial<Record<State, number>> = { degraded: 1, partial_outage: 2, major_outage: 3 };
export const severityRank = (s: string) => RANK[s as State] ?? 0;

/**
 * Pure: the alert a verdict change deserves, if any. Worse → started (from fine) or updated
 * (between outage levels); back to operational from an outage → resolved. `unknown` (stale data)
 * and maintenance never alert on their own: silence is better than a false alarm.
 */
export function classifyChange(prev: string | null, next: string): AlertKind | null {
  const was = severityRank(prev ?? "operational");
  const now = severityRank(next);
  if (now > 0 && was === 0) return "outage_started";
  if (now > 0 && was > 0 && now !== was) return "outage_updated";
  if (next === "operational" && was > 0) return "outage_resolved";
  return null;
}
