import { z } from "zod";
import { worstState, type NormalizedMaintenance, type NormalizedStatus, type State } from "./model";
import type { ParseContext } from "./index";
import { narrowToComponents } from "./narrow";
import { describeIncidents, idLike, looseDate, lookup, validate, windowStatus } from "./schema";

// Instatus /summary.json. The page status says only UP / HASISSUES / UNDERMAINTENANCE, so the
// severity of HASISSUES comes from the worst incident impact or component status.

/** Component status and incident impact share one vocabulary (compared without case or "_"). */
const IMPACT: Record<string, State> = {
  OPERATIONAL: "operational", DEGRADEDPERFORMANCE: "degraded", MINOROUTAGE: "degraded",
  PARTIALOUTAGE: "partial_outage", MAJOROUTAGE: "major_outage", UNDERMAINTENANCE: "maintenance",
};
const MAINTENANCE: Record<string, NormalizedMaintenance["status"]> = { NOTSTARTEDYET: "scheduled", INPROGRESS: "in_progress", COMPLETED: "completed" };
const key = (s: string | null | undefined) => (s ?? "").toUpperCase().replace(/[^A-Z]/g, "");

const name = z.union([z.string(), z.object({ name: z.string().nullish() })]).nullish()
  .transform((g) => (typeof g === "string" ? g : g?.name ?? null));
const summarySchema = z.object({
  page: z.object({ name: z.string().nullish(), url: z.string().nullish(), status: z.string() }),
  activeIncidents: z.array(z.object({
    id: idLike.optional(), name: z.string(), started: looseDate, status: z.string().nullish(),
    impact: z.string().nullish(), url: z.string().nullish(),
  })).nullish().transform((a) => a ?? []),
  activeMaintenances: z.array(z.object({
    id: idLike.optional(), name: z.string(), start: looseDate, status: z.string().nullish(),
    duration: z.union([z.string(), z.number()]).nullish(), url: z.string().nullish(),
  })).nullish().transform((a) => a ?? []),
  components: z.array(z.object({ id: idLike, name: z.string(), status: z.string().nullish(), group: name }))
    .nullish().transform((a) => a ?? []),
});

export function parseInstatus(body: unknown, ctx: ParseContext): NormalizedStatus {
  const s = validate(summarySchema, body, "an Instatus summary");
  const components = s.components.map((c) => ({ upstreamId: c.id, name: c.name, group: c.group, state: lookup(IMPACT, key(c.status)) }));
  const incidents = s.activeIncidents.map((i) => ({
    // Ids are missing from some payloads; the URL is the next most stable handle.
    upstreamId: i.id ?? i.url ?? `${i.name}@${i.started?.toISOString() ?? ""}`,
    name: i.name, status: (i.status ?? "unknown").toLowerCase(), impact: lookup(IMPACT, key(i.impact)),
    startedAt: i.started ?? ctx.now, resolvedAt: null, url: i.url ?? null, componentIds: [], updates: [],
  }));
  const maintenances = s.activeMaintenances.map((m) => {
    const minutes = Number(m.duration);
    const until = m.start && Number.isFinite(minutes) && minutes > 0 ? new Date(m.start.getTime() + minutes * 60_000) : null;
    const status = Object.hasOwn(MAINTENANCE, key(m.status)) ? MAINTENANCE[key(m.status)]! : windowStatus(m.start, until, ctx.now);
    return { upstreamId: m.id ?? m.url ?? m.name, name: m.name, status, scheduledFor: m.start, scheduledUntil: until, url: m.url ?? null };
  });
  const detail = worstState([...components.map((c) => c.state), ...incidents.map((i) => i.impact)]);
  const page = key(s.page.status);
  let overall: State;
  if (page === "UP") overall = "operational";
  // "Has issues" with no readable detail is still at least degraded, never operational.
  else if (page === "HASISSUES") overall = worstState([detail, "degraded"]);
  else if (page === "UNDERMAINTENANCE") overall = worstState([detail, "maintenance"]);
  else overall = worstState([detail, "unknown"]);
  const description = describeIncidents(incidents.map((i) => i.name), overall);
  return narrowToComponents({ overall, description, components, incidents, maintenances, sourceUpdatedAt: null }, ctx.filter?.components);
}
