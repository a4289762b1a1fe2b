import { z } from "zod";
import { worstState, type NormalizedComponent, type NormalizedMaintenance, type NormalizedStatus, type State } from "./model";
import type { ParseContext } from "./index";
import { narrowToComponents } from "./narrow";
import { STATE_TEXT, idLike, looseDate, lookup, optText, validate, windowStatus } from "./schema";

// incident.io status pages, in two shapes: the documented widget API (/api/v1/summary) and the
// undocumented /proxy/<host> payload the page itself loads. Both list only what is ongoing, so a
// component nobody mentions is operational.

const IMPACT: Record<string, State> = {
  operational: "operational", degraded_performance: "degraded", partial_outage: "partial_outage",
  full_outage: "major_outage", major_outage: "major_outage", under_maintenance: "maintenance", maintenance_in_progress: "maintenance",
};

const affected = z.object({ id: idLike.optional(), component_id: idLike.optional(), name: z.string().nullish(), group_name: z.string().nullish() });
const incident = z.object({
  id: idLike, name: z.string(), status: z.string(), url: z.string().nullish(),
  current_worst_impact: z.string().nullish(), started_at: looseDate, last_update_at: looseDate, last_update_message: optText,
  affected_components: z.array(affected).nullish().transform((a) => a ?? []),
});
const maintenance = z.object({
  id: idLike, name: z.string(), status: z.string().nullish(), url: z.string().nullish(),
  started_at: looseDate, starts_at: looseDate, scheduled_end_at: looseDate, ends_at: looseDate,
  affected_components: z.array(affected).nullish().transform((a) => a ?? []),
});
const list = <T extends z.ZodType>(item: T) => z.array(item).nullish().transform((a) => a ?? []);

// ongoing_incidents is required: without it `{}` would read as a clean bill of health.
const widgetSchema = z.object({
  page_title: z.string().nullish(), page_url: z.string().nullish(),
  ongoing_incidents: z.array(incident), in_progress_maintenances: list(maintenance), scheduled_maintenances: list(maintenance),
});
const proxySchema = z.object({
  summary: z.object({
    components: list(z.object({ id: idLike, name: z.string() })),
    affected_components: list(z.object({ component_id: idLike, status: z.string() })),
    ongoing_incidents: z.array(incident),
    scheduled_maintenances: list(maintenance),
    structure: z.object({ items: list(z.object({
      group: z.object({ name: z.string(), hidden: z.boolean().nullish(), components: list(z.object({ component_id: idLike, hidden: z.boolean().nullish() })) }).nullish(),
      component: z.object({ component_id: idLike, hidden: z.boolean().nullish() }).nullish(),
    })) }).nullish(),
  }),
});

type Incident = z.output<typeof incident>;
type Maintenance = z.output<typeof maintenance>;
const componentId = (a: z.output<typeof affected>) => a.component_id ?? a.id ?? a.name ?? "";

function toIncident(i: Incident, now: Date) {
  const at = i.last_update_at ?? i.started_at ?? now;
  return {
    upstreamId: i.id, name: i.name, status: i.status, impact: lookup(IMPACT, i.current_worst_impact),
    // The widget gives no start time: the last update is the earliest moment we can vouch for.
    startedAt: i.started_at ?? at, resolvedAt: null, url: i.url ?? null,
    componentIds: i.affected_components.map(componentId).filter(Boolean),
    updates: i.last_update_message ? [{ status: i.status, body: i.last_update_message, at }] : [],
  };
}

function toMaintenance(m: Maintenance, now: Date): NormalizedMaintenance {
  const start = m.started_at ?? m.starts_at, end = m.scheduled_end_at ?? m.ends_at;
  const status = m.status === "maintenance_in_progress" ? "in_progress" : m.status === "maintenance_scheduled" ? "scheduled" : windowStatus(start, end, now);
  return { upstreamId: m.id, name: m.name, status, scheduledFor: start, scheduledUntil: end, url: m.url ?? null };
}

function finish(components: NormalizedComponent[], incidents: Incident[], maints: Maintenance[], ctx: ParseContext, maintComponents: Map<string, string[]>): NormalizedStatus {
  const normIncidents = incidents.map((i) => toIncident(i, ctx.now));
  const maintenances = maints.map((m) => toMaintenance(m, ctx.now));
  const overall = worstState([
    ...components.map((c) => c.state), ...normIncidents.map((i) => i.impact),
    ...maintenances.filter((m) => m.status === "in_progress").map((): State => "maintenance"),
  ]);
  const description = normIncidents.length ? `${normIncidents.length} ongoing incident${normIncidents.length > 1 ? "s" : ""}` : STATE_TEXT[overall];
  const result = { overall, description, components, incidents: normIncidents, maintenances, sourceUpdatedAt: null };
  return narrowToComponents(result, ctx.filter?.components, maintComponents);
}

export function parseIncidentio(body: unknown, ctx: ParseContext): NormalizedStatus {
  if (body && typeof body === "object" && "summary" in body) return parseProxy(body, ctx);
  const w = validate(widgetSchema, body, "an incident.io widget summary");
  const maints = [...w.in_progress_maintenances.map((m) => ({ ...m, status: m.status ?? "maintenance_in_progress" })), ...w.scheduled_maintenances];
  // The widget lists no components of its own: the affected ones are all we can name.
  const byId = new Map<string, NormalizedComponent>();
  for (const i of w.ongoing_incidents) for (const a of i.affected_components) {
    const id = componentId(a);
    if (!id) continue;
    const prev = byId.get(id);
    const state = worstState([prev?.state ?? "operational", lookup(IMPACT, i.current_worst_impact)]);
    byId.set(id, { upstreamId: id, name: a.name ?? id, group: a.group_name ?? null, state });
  }
  const maintComponents = new Map(maints.map((m) => [m.id, m.affected_components.map(componentId)]));
  return finish([...byId.values()], w.ongoing_incidents, maints, ctx, maintComponents);
}

function parseProxy(body: unknown, ctx: ParseContext): NormalizedStatus {
  const s = validate(proxySchema, body, "an incident.io page summary").summary;
  const status = new Map(s.affected_components.map((a) => [a.component_id, lookup(IMPACT, a.status)]));
  const group = new Map<string, string>(), hidden = new Set<string>();
  for (const item of s.structure?.items ?? []) {
    for (const c of item.group?.components ?? []) {
      group.set(c.component_id, item.group!.name);
      if (c.hidden || item.group!.hidden) hidden.add(c.component_id);
    }
    if (item.component?.hidden) hidden.add(item.component.component_id);
  }
  const components = s.components.filter((c) => !hidden.has(c.id)).map((c) => ({
    upstreamId: c.id, name: c.name, group: group.get(c.id) ?? null, state: status.get(c.id) ?? "operational",
  }));
  const maintComponents = new Map(s.scheduled_maintenances.map((m) => [m.id, m.affected_components.map(componentId)]));
  return finish(components, s.ongoing_incidents, s.scheduled_maintenances, ctx, maintComponents);
}
