/**
 * Stripe's v1 request encoding: application/x-www-form-urlencoded with bracketed nested keys
 * (`line_items[0][price]=…`, `metadata[plan]=pro`, `expand[]=customer`). The stripe SDK writes
 * arrays as `a[0]`, `a[1]`; curl users write `a[]`. Both become arrays here. Every leaf is a string,
 * as on the wire; the getters below turn them into numbers and booleans with Stripe's errors.
 */
export type Param = string | Param[] | Params;
export interface Params { [key: string]: Param }

/** A Stripe API error, rendered as `{ error: { type, message, code?, param? } }` with `status`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly param?: string,
    readonly type: string = "invalid_request_error",
  ) {
    super(message);
  }
}

export const missing = (param: string) => new ApiError(400, `Missing required param: ${param}.`, "parameter_missing", param);
export const noSuch = (kind: string, id: string, param = "id") => new ApiError(404, `No such ${kind}: '${id}'`, "resource_missing", param);

export function parseForm(body: string): Params {
  const root: Params = {};
  for (const pair of body.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? "" : pair.slice(eq + 1);
    const key = decode(rawKey);
    const path = splitKey(key);
    if (path.length === 0) continue;
    assign(root, path, decode(rawValue));
  }
  return arrayify(root, false) as Params;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}

/** `a[b][0][]` → ["a", "b", "0", ""]; an empty segment means "append". */
function splitKey(key: string): string[] {
  const open = key.indexOf("[");
  if (open <= 0) return key ? [key] : [];
  const parts = [key.slice(0, open)];
  const re = /\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(key.slice(open))) !== null) parts.push(m[1] ?? "");
  return parts;
}

function assign(target: Params, path: string[], value: string) {
  let node: Params = target;
  for (let i = 0; i < path.length; i++) {
    let seg = path[i]!;
    // `[]` appends: the next free numeric index (turned into an array by arrayify).
    if (seg === "") seg = String(Object.keys(node).length);
    if (i === path.length - 1) {
      node[seg] = value;
      return;
    }
    const next = node[seg];
    if (typeof next !== "object" || Array.isArray(next)) node[seg] = {};
    node = node[seg] as Params;
  }
}

/** Objects keyed 0..n-1 become arrays — except metadata, whose keys are the caller's own. */
function arrayify(value: Param, inMetadata: boolean): Param {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (!inMetadata && keys.length > 0 && keys.every((k) => /^(0|[1-9]\d*)$/.test(k))) {
    return keys.map(Number).sort((a, b) => a - b).map((k) => arrayify(value[String(k)]!, false));
  }
  const out: Params = {};
  for (const k of keys) out[k] = inMetadata ? value[k]! : arrayify(value[k]!, k === "metadata");
  return out;
}

// ---- getters: Stripe's own messages for malformed values ----

export function str(p: Params, key: string, name = key): string | undefined {
  const v = p[key];
  if (v === undefined) return undefined;
  if (typeof v !== "string") throw new ApiError(400, `Invalid string: ${name}`, "parameter_invalid_string", name);
  return v;
}

export function int(p: Params, key: string, name = key): number | undefined {
  const v = str(p, key, name);
  if (v === undefined || v === "") return undefined;
  if (!/^-?\d+$/.test(v)) throw new ApiError(400, `Invalid integer: ${v}`, "parameter_invalid_integer", name);
  return Number(v);
}

export function bool(p: Params, key: string, name = key): boolean | undefined {
  const v = str(p, key, name);
  if (v === undefined || v === "") return undefined;
  if (v !== "true" && v !== "false") throw new ApiError(400, `Invalid boolean: ${v}`, "parameter_invalid_boolean", name);
  return v === "true";
}

export function obj(p: Params, key: string, name = key): Params | undefined {
  const v = p[key];
  if (v === undefined || v === "") return undefined;
  if (typeof v !== "object" || Array.isArray(v)) throw new ApiError(400, `Invalid object`, "parameter_invalid_object", name);
  return v;
}

export function arr(p: Params, key: string): Param[] {
  const v = p[key];
  if (v === undefined || v === "") return [];
  return Array.isArray(v) ? v : [v];
}

/** `expand[]` as a list of dotted paths. */
export const expandList = (p: Params) => arr(p, "expand").filter((x): x is string => typeof x === "string");

/** Stripe's metadata update: keys merge, "" deletes a key, `metadata=""` clears all. */
export function mergeMetadata(current: Record<string, string>, p: Params): Record<string, string> {
  const v = p.metadata;
  if (v === undefined) return current;
  if (v === "") return {};
  if (typeof v !== "object" || Array.isArray(v)) throw new ApiError(400, "Invalid object", "parameter_invalid_object", "metadata");
  const out = { ...current };
  for (const [k, val] of Object.entries(v)) {
    if (typeof val !== "string") throw new ApiError(400, `Invalid string: metadata[${k}]`, "parameter_invalid_string", `metadata[${k}]`);
    if (val === "") delete out[k];
    else out[k] = val;
  }
  return out;
}
