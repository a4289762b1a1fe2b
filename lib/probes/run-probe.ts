import type { ProbeSpec } from "../catalog/types";
import { httpRequest, UpstreamError } from "../http/fetch-upstream";

export interface ProbeOutcome {
  probeId: string;
  at: Date;
  ok: boolean;
  status: number | null;
  latencyMs: number;
  /** Answered, but slower than the probe's threshold. */
  slow: boolean;
  error: string | null;
}

/**
 * One synthetic check. "Up" means the service answered with an expected status (for an API
 * called without a key, 401 is the hoped-for answer); 5xx, other statuses, connection errors and
 * timeouts are failures.
 */
export async function runProbe(probe: ProbeSpec, opts: { url?: string; now: () => Date; timeoutMs?: number; fetchImpl?: typeof fetch; signal?: AbortSignal }): Promise<ProbeOutcome> {
  const at = opts.now();
  const started = performance.now();
  try {
    const res = await httpRequest(opts.url ?? probe.url, { method: probe.method, timeoutMs: opts.timeoutMs ?? 10_000, maxBytes: 256 * 1024, fetchImpl: opts.fetchImpl, signal: opts.signal });
    const ok = probe.expectStatus.includes(res.status);
    return {
      probeId: probe.id, at, ok, status: res.status, latencyMs: res.latencyMs,
      slow: ok && res.latencyMs > probe.latencyThresholdMs,
      error: ok ? null : `unexpected HTTP ${res.status} (expected ${probe.expectStatus.join(" or ")})`,
    };
  } catch (err) {
    const reason = err instanceof UpstreamError ? `${err.kind}: ${err.message}` : (err as Error).message;
    return { probeId: probe.id, at, ok: false, status: null, latencyMs: Math.round(performance.now() - started), slow: false, error: reason };
  }
}
