import { worstState, type State } from "../sources/model";

export type Signal = "official" | "probe" | "stale";

export interface VerdictInput {
  now: Date;
  /** Last successfully read official state, or null if never read. */
  official: { state: State; description: string; readAt: Date } | null;
  /** The reason the official page could not be read lately, if it could not. */
  officialError: string | null;
  staleAfterMs: number;
  /** Why the data may be missing that is no fault of the service (appended to a stale verdict's reason). */
  note?: string | null;
  /** Open suspected outages from our probes (hysteresis already applied). */
  probes: { probeId: string; name: string; suspectedSince: Date | null; slow: boolean }[];
}

export interface Verdict {
  state: State;
  officialState: State;
  signal: Signal;
  reason: string;
}

const secondsSince = (from: Date, now: Date) => Math.max(0, Math.round((now.getTime() - from.getTime()) / 1000));

/**
 * Pure: fuses the official page and our probes into one verdict. Stale official data is
 * `unknown`, never `operational`; probes failing past their hysteresis make a suspected outage
 * even while the official page says all is well.
 */
export function fuseVerdict(input: VerdictInput): Verdict {
  const { official, now } = input;
  const fresh = official && now.getTime() - official.readAt.getTime() <= input.staleAfterMs;
  const officialState: State = fresh ? official.state : "unknown";
  const officialText = fresh
    ? `Official page: ${official.description || official.state}`
    : official
      ? `Official page: no fresh data for ${secondsSince(official.readAt, now)} s${input.officialError ? ` (${input.officialError})` : ""}`
      : `Official page: not read yet${input.officialError ? ` (${input.officialError})` : ""}`;

  const suspected = input.probes.filter((p) => p.suspectedSince);
  if (suspected.length) {
    const since = suspected.reduce((a, p) => (p.suspectedSince! < a ? p.suspectedSince! : a), suspected[0]!.suspectedSince!);
    const names = suspected.map((p) => p.name).join(", ");
    return {
      state: worstState([officialState === "unknown" ? "operational" : officialState, "partial_outage"]),
      officialState,
      signal: "probe",
      reason: `${officialText}; our probes (${names}): failing for ${secondsSince(since, now)} s → suspected outage`,
    };
  }
  if (!fresh) return { state: "unknown", officialState, signal: "stale", reason: input.note ? `${officialText}; ${input.note}` : officialText };
  const slow = input.probes.filter((p) => p.slow);
  if (slow.length && officialState === "operational") {
    return { state: "degraded", officialState, signal: "probe", reason: `${officialText}; our probes (${slow.map((p) => p.name).join(", ")}): slower than usual` };
  }
  return { state: officialState, officialState, signal: "official", reason: officialText };
}
