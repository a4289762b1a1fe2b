/**
 * The one way we talk to the outside world: a per-request timeout that also covers reading the
 * body, a body-size cap, bounded redirects, and a typed error saying what went wrong.
 */
export type UpstreamErrorKind = "http" | "network" | "timeout" | "too_large" | "parse";

export class UpstreamError extends Error {
  readonly code = "UPSTREAM";
  constructor(readonly kind: UpstreamErrorKind, readonly url: string, message: string, readonly status?: number) {
    super(message);
    this.name = "UpstreamError";
  }
}

export interface FetchOptions {
  method?: "GET" | "HEAD" | "POST";
  timeoutMs?: number;
  maxBytes?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Injected in tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
  /** Gives up early, e.g. when the process is shutting down. */
  signal?: AbortSignal;
}

export interface UpstreamResponse {
  status: number;
  contentType: string;
  body: string;
  headers: Headers;
}

export interface TimedResponse extends UpstreamResponse {
  latencyMs: number;
}

export const USER_AGENT = "StatusRadar/0.1 (status monitor; +https://statusradar.dev)";

/**
 * One HTTP exchange with any status: only network failures, timeouts and oversized bodies throw.
 * Probes use it directly, since a 401 can be the answer they hope for.
 */
export async function httpRequest(url: string, opts: FetchOptions = {}): Promise<TimedResponse> {
  const { timeoutMs = 10_000, maxBytes = 5 * 1024 * 1024, fetchImpl = fetch, method = "GET" } = opts;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const cancel = () => controller.abort();
  if (opts.signal?.aborted) cancel();
  opts.signal?.addEventListener("abort", cancel, { once: true });
  const started = performance.now();
  try {
    let res: Response;
    try {
      res = await fetchImpl(url, {
        method,
        body: opts.body,
        signal: controller.signal,
        // Requests with a body (alerts to subscriber URLs) never follow redirects: a 3xx to a
        // private address would sidestep the SSRF check of the URL we validated.
        redirect: opts.body === undefined ? "follow" : "manual",
        headers: requestHeaders(opts.headers),
      });
    } catch (err) {
      if (opts.signal?.aborted) throw new UpstreamError("network", url, "cancelled");
      if (controller.signal.aborted) throw new UpstreamError("timeout", url, `no answer within ${timeoutMs} ms`);
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new UpstreamError("network", url, cause?.code ?? cause?.message ?? (err as Error).message);
    }
    const body = await readCapped(res, maxBytes, url, controller.signal, timeoutMs);
    const latencyMs = Math.round(performance.now() - started);
    return { status: res.status, contentType: res.headers.get("content-type") ?? "", body, headers: res.headers, latencyMs };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener("abort", cancel);
  }
}

/** GET a status payload: 2xx or 304 (not modified) are answers; anything else is an `http` error. */
export async function fetchUpstream(url: string, opts: FetchOptions = {}): Promise<TimedResponse> {
  const res = await httpRequest(url, opts);
  if (res.status >= 400 || (res.status >= 300 && res.status !== 304)) throw new UpstreamError("http", url, `HTTP ${res.status}`, res.status);
  return res;
}

async function readCapped(res: Response, maxBytes: number, url: string, signal: AbortSignal, timeoutMs: number): Promise<string> {
  const declared = Number(res.headers.get("content-length"));
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new UpstreamError("too_large", url, `body of ${declared} bytes exceeds the ${maxBytes}-byte cap`, res.status);
  }
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        throw new UpstreamError("too_large", url, `body exceeds the ${maxBytes}-byte cap`, res.status);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof UpstreamError) throw err;
    if (signal.aborted) throw new UpstreamError("timeout", url, `body not complete within ${timeoutMs} ms`, res.status);
    throw new UpstreamError("network", url, `body read failed: ${(err as Error).message}`, res.status);
  }
  return decodeBody(Buffer.concat(chunks), res.headers.get("content-type"));
}

/** Our defaults, replaced (not joined) by the caller's: Okta wants a browser User-Agent alone. */
function requestHeaders(extra: Record<string, string> = {}): Headers {
  const h = new Headers({ "user-agent": USER_AGENT, accept: "application/json, application/xml;q=0.9, */*;q=0.5" });
  for (const [k, v] of Object.entries(extra)) h.set(k, v);
  return h;
}

/**
 * A byte-order mark wins over the declared charset (AWS serves UTF-16LE with a BOM as
 * application/json); otherwise the charset of the content type, otherwise UTF-8.
 */
export function decodeBody(bytes: Buffer, contentType: string | null): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const charset = /charset=([\w-]+)/i.exec(contentType ?? "")?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset && charset !== "utf8" ? charset : "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes); // unknown charset label
  }
}
