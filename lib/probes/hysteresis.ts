import type { ProbeOutcome } from "./run-probe";

export interface ProbeCounters {
  consecutiveFailures: number;
  consecutiveSuccesses: number;
  failingSince: Date | null;
  suspectedSince: Date | null;
}

export const PROBE_DEFAULTS = { openAfterFailures: 2, closeAfterSuccesses: 2 };

/**
 * Pure: counters after one probe run. A suspected outage opens after `openAfterFailures` failures
 * in a row (so one blip alerts no one) and closes after `closeAfterSuccesses` successes in a row.
 */
export function nextProbeCounters(prev: ProbeCounters | null, outcome: ProbeOutcome, opts = PROBE_DEFAULTS): ProbeCounters {
  const p = prev ?? { consecutiveFailures: 0, consecutiveSuccesses: 0, failingSince: null, suspectedSince: null };
  if (!outcome.ok) {
    const failures = p.consecutiveFailures + 1;
    const failingSince = p.failingSince ?? outcome.at;
    return {
      consecutiveFailures: failures,
      consecutiveSuccesses: 0,
      failingSince,
      suspectedSince: p.suspectedSince ?? (failures >= opts.openAfterFailures ? failingSince : null),
    };
  }
  const successes = p.consecutiveSuccesses + 1;
  const closes = successes >= opts.closeAfterSuccesses;
  return {
    consecutiveFailures: 0,
    consecutiveSuccesses: successes,
    failingSince: p.suspectedSince && !closes ? p.failingSince : null,
    suspectedSince: closes ? null : p.suspectedSince,
  };
}
