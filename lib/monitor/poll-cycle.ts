import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db";
import type { ServiceEntry } from "../catalog/types";
import { fetchUpstream, UpstreamError } from "../http/fetch-upstream";
import { runProbe, type ProbeOutcome } from "../probes/run-probe";
import { parserFor } from "../sources";
import type { NormalizedStatus, State } from "../sources/model";
import { nextAttemptDelayMs } from "./backoff";
import { claimDueSources, releaseSources, type ClaimedSource } from "./lease";
import { mapPool } from "./pool";
import { upstreamUrl } from "./upstream-url";
import { assessVantage } from "./vantage";
import { writeResults, type SourceResult } from "./write-results";

export interface PollDeps {
  prisma: PrismaClient;
  entries: readonly ServiceEntry[];
  now?: () => Date;
  /** The fixture switch: fetch every upstream from this origin instead. */
  override?: string;
  fetchImpl?: typeof fetch;
  concurrency?: number;
  timeoutMs?: number;
  intervalMs: number;
  /** Official data older than this turns the verdict `unknown`. */
  staleAfterMs: number;
  /** Identifies this worker in leases. */
  owner?: string;
  /** Poll only these services (CLI, tests). */
  slugs?: string[];
  /** Stops the cycle early (process shutdown): nothing is written and the claimed sources are released. */
  signal?: AbortSignal;
  /** Carries the judgement of our own network from one cycle to the next (see lib/monitor/vantage.ts). */
  vantage?: { down: boolean };
  /** Called after the writes with the slugs whose stored data changed (verdict, components, incidents). */
  onChanged?: (slugs: string[]) => void | Promise<void>;
}

export interface CycleSummary {
  cycleId: string;
  claimed: number;
  ok: number;
  notModified: number;
  failed: number;
  /** Services whose verdict changed. */
  changed: string[];
  /** Rows written for components, incidents, updates, states and events (probe samples and source bookkeeping aside). */
  rowsWritten: number;
  errors: { slug: string; kind: string; reason: string }[];
  /** Our own network looked down: probe runs were discarded (see lib/monitor/vantage.ts). */
  networkDown: boolean;
  durationMs: number;
}

/**
 * One poll cycle: claim due sources, fetch and parse them and run their probes through a bounded
 * pool, then diff against stored state and write only what changed. One bad source never stops
 * the others: each result is tagged ok | not_modified | fail.
 */
export async function runPollCycle(deps: PollDeps): Promise<CycleSummary> {
  const clock = deps.now ?? (() => new Date());
  const started = performance.now();
  const now = clock();
  const cycleId = randomUUID();
  const timeoutMs = deps.timeoutMs ?? 10_000;
  const services = await deps.prisma.service.findMany({ select: { id: true, slug: true } });
  const slugById = new Map(services.map((s) => [s.id, s.slug]));
  const entryBySlug = new Map(deps.entries.map((e) => [e.slug, e]));
  const claimed = await claimDueSources(deps.prisma, {
    owner: deps.owner ?? `${process.pid}:${cycleId}`,
    now,
    leaseMs: timeoutMs * 3,
    nextAttemptAt: new Date(now.getTime() + nextAttemptDelayMs(0, deps.intervalMs)),
    limit: 5000,
    serviceIds: deps.slugs ? services.filter((s) => deps.slugs!.includes(s.slug)).map((s) => s.id) : undefined,
  });
  const work = claimed.flatMap((c) => {
    const entry = entryBySlug.get(slugById.get(c.serviceId) ?? "");
    return entry ? [{ claim: c, entry }] : [];
  });
  const polled = await mapPool(work, deps.concurrency ?? 32, ({ claim, entry }) => pollSource(entry, claim, { ...deps, now: clock, timeoutMs }));
  if (deps.signal?.aborted) {
    // Cut short: what was read is incomplete. Let the next process claim these sources at once.
    await releaseSources(deps.prisma, claimed.map((c) => c.serviceId));
    return { cycleId, claimed: claimed.length, ok: 0, notModified: 0, failed: 0, changed: [], rowsWritten: 0, errors: [], networkDown: false, durationMs: Math.round(performance.now() - started) };
  }
  // When almost nothing answered, the silence is ours: probe runs from this cycle would open a
  // suspected outage on every service, so they are dropped (no samples, counters untouched).
  const vantage = assessVantage(polled, { wasDown: deps.vantage?.down });
  if (deps.vantage) deps.vantage.down = vantage.down;
  const results = vantage.down ? polled.map((r) => ({ ...r, probes: [] })) : polled;
  const written = await writeResults(deps.prisma, results, { now, intervalMs: deps.intervalMs, staleAfterMs: deps.staleAfterMs, vantage });
  // Pages show components and incidents too, so anything written (not only verdicts) refreshes them.
  if (written.touched.length && deps.onChanged) await deps.onChanged(written.touched);
  return {
    cycleId,
    claimed: claimed.length,
    ok: results.filter((r) => r.kind === "ok").length,
    notModified: results.filter((r) => r.kind === "not_modified").length,
    failed: results.filter((r) => r.kind === "fail").length,
    changed: written.changed,
    rowsWritten: written.rows,
    errors: results.flatMap((r) => (r.kind === "fail" ? [{ slug: r.entry.slug, kind: r.errorKind, reason: r.reason }] : [])),
    networkDown: vantage.down,
    durationMs: Math.round(performance.now() - started),
  };
}

/** Fetches and parses one source (conditionally, with its validators) and runs its probes. */
export async function pollSource(entry: ServiceEntry, claim: ClaimedSource, deps: Pick<PollDeps, "override" | "fetchImpl" | "signal"> & { now: () => Date; timeoutMs: number }): Promise<SourceResult> {
  const probesDone = Promise.all((entry.probes ?? []).map((p) => runProbe(p, { url: upstreamUrl(p.url, deps.override), now: deps.now, timeoutMs: deps.timeoutMs, fetchImpl: deps.fetchImpl, signal: deps.signal })));
  const base = { entry, claim, serviceId: claim.serviceId };
  let official: SourceResult extends infer T ? (T extends unknown ? Omit<T, "probes"> : never) : never;
  try {
    const headers: Record<string, string> = { ...entry.source.headers };
    if (claim.etag) headers["if-none-match"] = claim.etag;
    if (claim.lastModified) headers["if-modified-since"] = claim.lastModified;
    const res = await fetchUpstream(upstreamUrl(entry.source.url, deps.override), { fetchImpl: deps.fetchImpl, timeoutMs: deps.timeoutMs, headers, signal: deps.signal });
    const validators = { etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified") };
    if (res.status === 304) official = { ...base, kind: "not_modified", ...validators };
    else {
      const status: NormalizedStatus = parserFor(entry.source.format)(res, { now: deps.now(), filter: entry.source.filter, pageName: entry.source.pageName, sourceUrl: entry.source.url });
      official = { ...base, kind: "ok", status, ...validators };
    }
  } catch (err) {
    const kind = err instanceof UpstreamError ? err.kind : (err as { code?: string }).code === "PARSE" ? "parse" : "error";
    official = { ...base, kind: "fail", errorKind: kind, reason: err instanceof UpstreamError ? `${err.kind}: ${err.message}` : `${kind}: ${(err as Error).message}` };
  }
  const probes: ProbeOutcome[] = await probesDone;
  return { ...official, probes };
}

export type { State };
