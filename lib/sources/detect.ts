import type { SourceFormat } from "../catalog/types";
import type { UpstreamResponse } from "../http/fetch-upstream";
import { stripBom } from "./text";

// Guesses a payload's format from its content alone (keys and shape, never the URL), for adding
// services and for telling a moved endpoint from a changed format. Checks run from the most to
// the least specific shape. An empty JSON array is ambiguous (an all-clear AWS list, or an empty
// Google archive); it is reported as "aws", since Google's archive is never empty in practice.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const get = (v: unknown, ...path: string[]): unknown => path.reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), v);

function detectMarkup(text: string): SourceFormat | null {
  const head = text.slice(0, 2048);
  if (/<(rss|feed|rdf:RDF)\b/i.test(head)) return "feed";
  if (/data-id\s*=\s*["']incidents["']/i.test(text)) return "okta";
  return null;
}

function detectArray(items: unknown[]): SourceFormat | null {
  if (items.length === 0) return "aws";
  const firstItem = items[0];
  if (!isObject(firstItem)) return null;
  if ("arn" in firstItem || "region_name" in firstItem) return "aws";
  if ("begin" in firstItem || "affected_products" in firstItem || ("service_name" in firstItem && "uri" in firstItem)) return "google";
  return null;
}

function detectObject(o: Json): SourceFormat | null {
  if (isObject(o.page) && typeof get(o, "status", "indicator") === "string") return "statuspage";
  const pageStatus = get(o, "page", "status");
  if ((typeof pageStatus === "string" && /^(UP|HASISSUES|UNDERMAINTENANCE)$/i.test(pageStatus)) || Array.isArray(o.activeIncidents)) return "instatus";
  if (typeof get(o, "data", "attributes", "aggregate_state") === "string") return "betterstack";
  if (isObject(get(o, "result", "status_overall"))) return "statusio";
  if (Array.isArray(o.active_incidents) && typeof o.status === "string") return "slack";
  if (typeof o.largestatus === "string") return "stripe";
  if (Array.isArray(o.ongoing_incidents) || typeof o.page_title === "string" || Array.isArray(get(o, "summary", "ongoing_incidents"))) return "incidentio";
  return null;
}

export function detectFormat(res: UpstreamResponse): SourceFormat | null {
  const text = stripBom(res.body).trimStart();
  if (text.startsWith("<")) return detectMarkup(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (Array.isArray(json)) return detectArray(json);
  return isObject(json) ? detectObject(json) : null;
}
