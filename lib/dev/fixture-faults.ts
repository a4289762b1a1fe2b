import type http from "node:http";
import type { Payload } from "./fixture-items";
import type { FixtureFault } from "./fixture-state";

// The ways real upstreams break, each answered on the wire as they do it, in any format: the
// payload brings its own broken and stripped-down variants; the rest is format-blind.

export const HTML_SHELL = "<!DOCTYPE html><html><head><title>Status</title></head><body><div id=root></div></body></html>";

/** Status words every format uses, by key; "unknown_status" replaces their values with new ones. */
const STATUS_KEYS = new Set([
  "status", "indicator", "impact", "largestatus", "statuses", "aggregate_state", "status_code", "status_impact", "severity",
  "current_worst_impact", "Status__c", "Category__c",
]);

/** A copy with every status word replaced by one no parser knows; plain objects and arrays only. */
export function withUnknownStatuses(value: unknown, key = ""): unknown {
  if (STATUS_KEYS.has(key)) {
    if (typeof value === "string") return "sparkling";
    if (typeof value === "number") return 777;
  }
  if (Array.isArray(value)) return value.map((v) => withUnknownStatuses(v));
  // Items (with `member`) are fixture state, not document data: feeds carry no status words.
  if (value && Object.getPrototypeOf(value) === Object.prototype && !Object.hasOwn(value, "member")) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withUnknownStatuses(v, STATUS_KEYS.has(key) ? key : k)]));
  }
  return value;
}

export const toBuffer = (body: string | Buffer) => (typeof body === "string" ? Buffer.from(body, "utf8") : body);

export function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  const bytes = toBuffer(body);
  res.writeHead(status, { "content-type": type, "content-length": bytes.byteLength, "cache-control": "no-store", ...extra });
  res.end(bytes);
}

export function misbehave(res: http.ServerResponse, fault: FixtureFault, payload: Payload, path: string) {
  const type = payload.contentType;
  switch (fault) {
    case "invalid_json": return send(res, 200, type, payload.invalid ?? "{'page': nope}");
    case "html": return send(res, 200, "text/html", HTML_SHELL);
    case "truncated": {
      // Declares the full length, sends half, then hangs up.
      const body = toBuffer(payload.encode(payload.data));
      res.writeHead(200, { "content-type": type, "content-length": body.byteLength });
      res.write(body.subarray(0, Math.floor(body.byteLength / 2)));
      return res.destroy();
    }
    case "huge": {
      res.writeHead(200, { "content-type": type });
      const chunk = Buffer.alloc(1024 * 1024, 32);
      let sent = 0;
      const pump = () => {
        while (sent < 20 && !res.destroyed && res.write(chunk)) sent++;
        if (res.destroyed) return;
        if (sent < 20) res.once("drain", pump);
        else res.end();
      };
      return pump();
    }
    case "never_ends": res.writeHead(200, { "content-type": type }); return res.write(toBuffer(payload.encode(payload.data)).subarray(0, 8));
    case "redirect_loop": res.writeHead(302, { location: `${path}?loop=${Math.random()}` }); return res.end();
    case "unknown_status": return send(res, 200, type, payload.encode(withUnknownStatuses(payload.data)));
    case "missing_fields": return send(res, 200, type, payload.encode(payload.missing));
  }
}
