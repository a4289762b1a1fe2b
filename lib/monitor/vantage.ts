import type { SourceResult } from "./write-results";

export interface Vantage {
  /** Most requests got no answer at all: the fault is more likely ours than every service's. */
  down: boolean;
  unreachable: number;
  total: number;
}

// Unreachable means no HTTP answer (DNS, connection, TLS, timeout). An HTTP error status is an
// answer, so it proves our network works.
const NO_ANSWER = new Set(["network", "timeout"]);

/**
 * Pure: whether this cycle's failures point at our own network. Dozens of status pages and APIs
 * on different providers going silent together is, in practice, our side being offline; reporting
 * each of them as a suspected outage would be false. Too few requests say nothing new.
 */
export function assessVantage(results: SourceResult[], opts: { minRequests?: number; share?: number; wasDown?: boolean } = {}): Vantage {
  let unreachable = 0;
  let total = 0;
  for (const r of results) {
    total++;
    if (r.kind === "fail" && NO_ANSWER.has(r.errorKind)) unreachable++;
    for (const p of r.probes) {
      total++;
      if (!p.ok && p.status === null) unreachable++;
    }
  }
  // A cycle that asked too few to judge keeps the last judgement while nothing answers.
  const down = total >= (opts.minRequests ?? 4) ? unreachable / total >= (opts.share ?? 0.8) : Boolean(opts.wasDown) && unreachable === total;
  return { down, unreachable, total };
}

/** The note a verdict carries when it could not be decided because of our own network. */
export function vantageNote(v: Vantage): string {
  return `StatusRadar's own network looks down (${v.unreachable} of ${v.total} checks got no answer), so this says nothing about the service`;
}
