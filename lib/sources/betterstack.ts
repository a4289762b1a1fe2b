import { z } from "zod";
import { worstState, type NormalizedComponent, type NormalizedIncident, type NormalizedMaintenance, type NormalizedStatus, type State } from "./model";
import type { ParseContext } from "./index";
import { narrowToComponents } from "./narrow";
import { describeIncidents, idLike, looseDate, lookup, newestFirst, validate, windowStatus } from "./schema";

// Better Stack /index.json (JSON:API): the page's aggregate_state, and `included` entities for
// sections, resources (our components), status reports (incidents or maintenance) and their updates.

const STATE: Record<string, State> = {
  operational: "operational", degraded: "degraded", downtime: "major_outage", maintenance: "maintenance",
  // Not monitored: Better Stack itself does not know, and neither do we.
  not_monitored: "unknown",
};
const stateOf = (s: unknown) => lookup(STATE, typeof s === "string" ? s.toLowerCase() : s);

const ref = z.object({ id: idLike });
const entity = z.object({
  id: idLike, type: z.string(),
  attributes: z.record(z.string(), z.unknown()).nullish().transform((a) => a ?? {}),
  relationships: z.record(z.string(), z.object({ data: z.union([z.array(ref), ref]).nullish() }).nullish()).nullish(),
});
const pageSchema = z.object({
  data: z.object({ attributes: z.object({ aggregate_state: z.string(), company_name: z.string().nullish(), updated_at: looseDate }) }),
  included: z.array(entity).nullish().transform((a) => a ?? []),
});
const resourceAttrs = z.object({ public_name: z.string().nullish(), status: z.string().nullish(), status_page_section_id: idLike.nullish(), position: z.number().nullish() });
const reportAttrs = z.object({
  title: z.string().nullish(), report_type: z.string().nullish(), starts_at: looseDate, ends_at: looseDate, aggregate_state: z.string().nullish(),
  affected_resources: z.array(z.object({ status_page_resource_id: idLike })).nullish().transform((a) => a ?? []),
});
const updateAttrs = z.object({ message: z.string().nullish(), published_at: looseDate, created_at: looseDate, status_report_id: idLike.nullish() });

type Entity = z.output<typeof entity>;
/** Included entities are read leniently: one odd item is skipped rather than failing the page. */
function attrs<S extends z.ZodType>(schema: S, e: Entity): z.output<S> | null {
  const r = schema.safeParse(e.attributes);
  return r.success ? r.data : null;
}
function related(e: Entity, name: string): string[] {
  const d = e.relationships?.[name]?.data;
  return d ? (Array.isArray(d) ? d : [d]).map((r) => r.id) : [];
}

export function parseBetterstack(body: unknown, ctx: ParseContext): NormalizedStatus {
  const page = validate(pageSchema, body, "a Better Stack index.json");
  const of = (type: string) => page.included.filter((e) => e.type === type);
  const sections = new Map(of("status_page_section").map((e) => [e.id, typeof e.attributes.name === "string" ? e.attributes.name : null]));
  const resources = of("status_page_resource").flatMap((e) => {
    const a = attrs(resourceAttrs, e);
    return a ? [{ e, a }] : [];
  }).sort((x, y) => (x.a.position ?? 0) - (y.a.position ?? 0));
  const components: NormalizedComponent[] = resources.map(({ e, a }) => ({
    upstreamId: e.id, name: a.public_name ?? e.id,
    group: a.status_page_section_id ? sections.get(a.status_page_section_id) ?? null : null, state: stateOf(a.status),
  }));

  const updates = of("status_update").flatMap((e) => {
    const a = attrs(updateAttrs, e);
    return a ? [{ id: e.id, reportId: a.status_report_id ?? null, body: a.message ?? "", at: a.published_at ?? a.created_at ?? ctx.now }] : [];
  });
  const incidents: NormalizedIncident[] = [], maintenances: NormalizedMaintenance[] = [];
  for (const e of of("status_report")) {
    const a = attrs(reportAttrs, e);
    if (!a) continue;
    const name = a.title ?? `Report ${e.id}`;
    if (a.report_type === "maintenance") {
      const status = windowStatus(a.starts_at, a.ends_at, ctx.now);
      if (status !== "completed") maintenances.push({ upstreamId: e.id, name, status, scheduledFor: a.starts_at, scheduledUntil: a.ends_at, url: null });
      continue;
    }
    // Reports carry history too; like summary.json we keep only what is still open.
    if (a.ends_at && a.ends_at.getTime() <= ctx.now.getTime()) continue;
    const linked = new Set(related(e, "status_updates"));
    incidents.push({
      upstreamId: e.id, name, status: "ongoing", impact: stateOf(a.aggregate_state),
      startedAt: a.starts_at ?? ctx.now, resolvedAt: null, url: null,
      componentIds: a.affected_resources.map((r) => r.status_page_resource_id),
      updates: newestFirst(updates.filter((u) => u.reportId === e.id || linked.has(u.id)).map((u) => ({ status: "update", body: u.body, at: u.at }))),
    });
  }
  const attributes = page.data.attributes;
  const aggregate = stateOf(attributes.aggregate_state);
  const overall = aggregate !== "unknown" ? aggregate : worstState([...components.map((c) => c.state), "unknown"]);
  const description = describeIncidents(incidents.map((i) => i.name), overall);
  const result = { overall, description, components, incidents, maintenances, sourceUpdatedAt: attributes.updated_at };
  return narrowToComponents(result, ctx.filter?.components);
}
