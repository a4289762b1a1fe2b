import type { PrismaClient } from "../db";
import type { ServiceEntry } from "../catalog/types";
import { fetchUpstream, UpstreamError } from "../http/fetch-upstream";
import { parserFor } from "../sources";
import type { NormalizedStatus, State } from "../sources/model";
import { upstreamUrl } from "./upstream-url";
import { mapPool } from "./pool";

export type PollOutcome =
  | { slug: string; kind: "ok"; status: NormalizedStatus }
  | { slug: string; kind: "fail"; reason: string };

export interface PollDeps {
  prisma: PrismaClient;
  entries: readonly ServiceEntry[];
  now?: () => Date;
  override?: string;
  fetchImpl?: typeof fetch;
  concurrency?: number;
  timeoutMs?: number;
  /** Data older than this turns the verdict `unknown`. */
  staleAfterMs: number;
}

export interface CycleSummary {
  ok: number;
  failed: number;
  changed: string[];
  durationMs: number;
}

export async function pollOne(entry: ServiceEntry, deps: Pick<PollDeps, "override" | "fetchImpl" | "timeoutMs">): Promise<PollOutcome> {
  try {
    const res = await fetchUpstream(upstreamUrl(entry.source.url, deps.override), { fetchImpl: deps.fetchImpl, timeoutMs: deps.timeoutMs });
    return { slug: entry.slug, kind: "ok", status: parserFor(entry.source.format)(res, { now: new Date(), filter: entry.source.filter, pageName: entry.source.pageName }) };
  } catch (err) {
    const reason = err instanceof UpstreamError ? `${err.kind}: ${err.message}` : (err as Error).message;
    return { slug: entry.slug, kind: "fail", reason };
  }
}

/** One cycle: every service polled through a bounded pool; one bad source never stops the rest. */
export async function runPollCycle(deps: PollDeps): Promise<CycleSummary> {
  const now = deps.now ?? (() => new Date());
  const started = Date.now();
  const outcomes = await mapPool(deps.entries, deps.concurrency ?? 16, (e) => pollOne(e, deps));
  const services = new Map((await deps.prisma.service.findMany({ include: { state: true } })).map((s) => [s.slug, s]));
  const changed: string[] = [];
  for (const outcome of outcomes) {
    const service = services.get(outcome.slug);
    if (!service) continue;
    const at = now();
    const prev = service.state;
    const next = nextState(prev, outcome, at, deps.staleAfterMs);
    if (!prev || prev.state !== next.state) changed.push(outcome.slug);
    await deps.prisma.serviceState.upsert({
      where: { serviceId: service.id },
      create: { serviceId: service.id, ...next, changedAt: at },
      update: { ...next, ...(prev && prev.state !== next.state ? { changedAt: at } : {}) },
    });
  }
  return { ok: outcomes.filter((o) => o.kind === "ok").length, failed: outcomes.filter((o) => o.kind === "fail").length, changed, durationMs: Date.now() - started };
}

interface StoredState { state: string; summary: string; lastSuccessAt: Date | null; sourceUpdatedAt: Date | null }

/** Pure: the stored verdict after one outcome. A failure keeps the last verdict until it is stale. */
export function nextState(prev: StoredState | null, outcome: PollOutcome, at: Date, staleAfterMs: number) {
  if (outcome.kind === "ok") {
    return { state: outcome.status.overall as State, summary: outcome.status.description || outcome.status.overall, checkedAt: at, lastSuccessAt: at, sourceUpdatedAt: outcome.status.sourceUpdatedAt, lastError: null };
  }
  const fresh = prev?.lastSuccessAt && at.getTime() - prev.lastSuccessAt.getTime() <= staleAfterMs;
  return {
    state: fresh ? prev!.state : "unknown",
    summary: fresh ? prev!.summary : `No fresh data from the official page (${outcome.reason})`,
    checkedAt: at,
    lastSuccessAt: prev?.lastSuccessAt ?? null,
    sourceUpdatedAt: prev?.sourceUpdatedAt ?? null,
    lastError: outcome.reason,
  };
}
