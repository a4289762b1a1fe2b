import type { UpstreamResponse } from "../http/fetch-upstream";
import type { NormalizedStatus } from "./model";

// The last resort for services without a readable status source: the page answering at all.
// It cannot tell "degraded" from "fine", so it never claims more than that the host is reachable.
// Errors and timeouts never get here: the fetch layer turns them into failed polls.

export function parseReachability(res: UpstreamResponse): NormalizedStatus {
  const ok = res.status >= 200 && res.status < 300;
  return {
    overall: ok ? "operational" : "unknown",
    description: ok
      ? `Reachable: the status page answers (HTTP ${res.status}); we cannot read more than that`
      : `The status page answered HTTP ${res.status}; we cannot tell the service's state`,
    components: [],
    incidents: [],
    maintenances: [],
    sourceUpdatedAt: null,
  };
}
