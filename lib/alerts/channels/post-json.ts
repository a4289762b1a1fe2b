import { httpRequest, UpstreamError } from "../../http/fetch-upstream";

/** POSTs JSON to a subscriber's endpoint; any non-2xx is an error naming the status. */
export async function postJson(url: string, body: string, headers: Record<string, string> = {}): Promise<void> {
  const res = await httpRequest(url, { method: "POST", timeoutMs: 10_000, maxBytes: 64 * 1024, headers: { "content-type": "application/json", ...headers }, body });
  if (res.status < 200 || res.status >= 300) throw new UpstreamError("http", url, `HTTP ${res.status}`, res.status);
}
