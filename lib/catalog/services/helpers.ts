import type { ProbeSpec } from "../types";

/** status.okta.com answers bots with 401/403; a current desktop browser string gets the page. */
export const BROWSER_USER_AGENT =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

/** Slower than this counts as degraded, unless a probe says otherwise. */
export const DEFAULT_LATENCY_MS = 1500;

/** A keyless GET probe: `expect` lists the statuses that mean "the endpoint answered". */
export function getProbe(id: string, name: string, url: string, expect: number[], latencyThresholdMs = DEFAULT_LATENCY_MS): ProbeSpec {
  return { id, name, method: "GET", url, expectStatus: expect, latencyThresholdMs };
}
