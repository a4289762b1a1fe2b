import { z } from "zod";
import { worstState, type NormalizedComponent, type NormalizedStatus, type State } from "./model";
import type { ParseContext } from "./index";
import { STATE_TEXT, idLike, latest, looseDate, lookup, newestFirst, validate } from "./schema";

// Google Cloud / Workspace / Firebase incidents.json: a plain array that is an archive. Only an
// incident without `end` is open, and only open incidents are reported; an empty or all-closed
// archive is operational.

/** status_impact decides; severity is the fallback when the impact word is new or missing. */
const IMPACT: Record<string, State> = { SERVICE_INFORMATION: "degraded", SERVICE_DISRUPTION: "partial_outage", SERVICE_OUTAGE: "major_outage" };
const SEVERITY: Record<string, State> = { low: "degraded", medium: "partial_outage", high: "major_outage" };

const product = z.object({ id: idLike, title: z.string().nullish() });
const update = z.object({ created: looseDate, when: looseDate, text: z.string().nullish(), status: z.string().nullish() });
const incident = z.object({
  id: idLike, number: idLike.nullish(), begin: looseDate, created: looseDate, end: looseDate, modified: looseDate,
  external_desc: z.string().nullish(), status_impact: z.string().nullish(), severity: z.string().nullish(),
  service_key: z.string().nullish(), service_name: z.string().nullish(), uri: z.string().nullish(),
  affected_products: z.array(product).nullish().transform((p) => p ?? []),
  updates: z.array(update).nullish().transform((u) => u ?? []),
  most_recent_update: update.nullish(),
});
const archiveSchema = z.array(incident);
type Incident = z.output<typeof incident>;

function impactOf(i: Incident): State {
  const byImpact = lookup(IMPACT, i.status_impact?.toUpperCase());
  return byImpact !== "unknown" ? byImpact : lookup(SEVERITY, i.severity?.toLowerCase());
}

/** Products an incident is about: the listed ones, else the service it was filed under. */
function productsOf(i: Incident): { id: string; title: string }[] {
  if (i.affected_products.length) return i.affected_products.map((p) => ({ id: p.id, title: p.title ?? p.id }));
  return i.service_key ? [{ id: i.service_key, title: i.service_name ?? i.service_key }] : [];
}

/** The first real sentence of the Markdown description, without "**Summary:**"-style labels. */
function titleOf(desc: string | null | undefined): string {
  for (const raw of (desc ?? "").split("\n")) {
    const line = raw.replace(/[*#_`>]/g, "").replace(/^\s*(summary|description|title|update)\s*:\s*/i, "").trim();
    if (line) return line.length > 200 ? `${line.slice(0, 199)}…` : line;
  }
  return "";
}

function urlOf(uri: string | null | undefined, base: string | undefined): string | null {
  if (!uri) return null;
  try {
    return new URL(uri, base).toString();
  } catch {
    return null; // relative uri and no base to resolve it against
  }
}

export function parseGoogle(body: unknown, ctx: ParseContext): NormalizedStatus {
  const archive = validate(archiveSchema, body, "a Google incidents.json archive");
  const titles = new Map<string, string>();
  for (const i of archive) for (const p of productsOf(i)) titles.set(p.id, p.title);
  // Product ids are exact; a `match` regex picks products by title (Firebase → "Authentication").
  const match = ctx.filter?.match ? new RegExp(ctx.filter.match, "i") : null;
  const ids = ctx.filter?.productIds?.length ? ctx.filter.productIds : match ? [...titles].filter(([, t]) => match.test(t)).map(([id]) => id) : null;
  const wanted = ids ? new Set(ids) : null;
  const open = archive.filter((i) => !i.end && (!wanted || productsOf(i).some((p) => wanted.has(p.id))));
  const incidents = open.map((i) => {
    const updates = newestFirst(i.updates.map((u) => ({ status: u.status ?? "", body: u.text ?? "", at: u.when ?? u.created ?? i.begin ?? ctx.now })));
    return {
      upstreamId: i.id, name: titleOf(i.external_desc) || (i.service_name ?? i.id),
      status: (i.most_recent_update?.status ?? updates[0]?.status) || "open",
      impact: impactOf(i), startedAt: i.begin ?? i.created ?? ctx.now, resolvedAt: null, url: urlOf(i.uri, ctx.sourceUrl),
      componentIds: productsOf(i).map((p) => p.id).filter((id) => !wanted || wanted.has(id)),
      updates,
    };
  });
  // Components: the filtered products (operational unless hit), or else whatever open incidents touch.
  const state = new Map<string, State>();
  for (const i of incidents) for (const id of i.componentIds) state.set(id, worstState([state.get(id) ?? "operational", i.impact]));
  const componentIds = wanted ? [...wanted] : [...state.keys()];
  const components: NormalizedComponent[] = componentIds.map((id) => ({ upstreamId: id, name: titles.get(id) ?? id, group: null, state: state.get(id) ?? "operational" }));
  const overall = worstState(incidents.map((i) => i.impact));
  const description = incidents.length ? `${incidents.length} open incident${incidents.length > 1 ? "s" : ""}` : STATE_TEXT.operational;
  return { overall, description, components, incidents, maintenances: [], sourceUpdatedAt: latest(archive.map((i) => i.modified ?? i.begin)) };
}
