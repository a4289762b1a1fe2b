import { z } from "zod";
import { worstState, type NormalizedStatus, type State } from "./model";
import type { ParseContext } from "./index";
import { narrowToComponents } from "./narrow";
import { idLike, looseDate, lookup, newestFirst, validate, windowStatus } from "./schema";

// status.io public API /1.0/status/<page_id>. States come as numeric codes (and a label we fall
// back on); each component may list containers (regions, hosts) whose codes it rolls up.

const CODE: Record<string, State> = {
  "100": "operational", "200": "maintenance", "300": "degraded", "400": "partial_outage", "500": "major_outage",
  // A security event is listed with outages by status.io; treat it as one until told otherwise.
  "600": "major_outage",
};
const LABEL: Record<string, State> = {
  "operational": "operational", "planned maintenance": "maintenance", "degraded performance": "degraded",
  "partial service disruption": "partial_outage", "service disruption": "major_outage", "security event": "major_outage", "security issue": "major_outage",
};
/** Incident message states, when numeric. */
const STAGE: Record<string, string> = { "100": "investigating", "200": "identified", "300": "monitoring", "400": "resolved" };

const code = z.union([z.number(), z.string()]).nullish().transform((c) => (c === null || c === undefined ? null : String(c)));
function stateOf(c: string | null, label?: string | null): State {
  const byCode = lookup(CODE, c);
  return byCode !== "unknown" ? byCode : lookup(LABEL, label?.trim().toLowerCase());
}

const status = z.object({ id: idLike.optional(), name: z.string(), status: z.string().nullish(), status_code: code, updated: looseDate });
const ref = z.object({ _id: idLike.optional(), id: idLike.optional(), name: z.string().nullish() });
const message = z.object({ details: z.string().nullish(), state: code, status: code, datetime: looseDate });
const event = z.object({
  _id: idLike.optional(), id: idLike.optional(), name: z.string(), datetime_open: looseDate,
  datetime_planned_start: looseDate, datetime_planned_end: looseDate,
  messages: z.array(message).nullish().transform((m) => m ?? []),
  components_affected: z.array(ref).nullish().transform((c) => c ?? []),
});
const events = z.array(event).nullish().transform((e) => e ?? []);
const resultSchema = z.object({
  result: z.object({
    status_overall: z.object({ status: z.string().nullish(), status_code: code, updated: looseDate }),
    status: z.array(status.extend({ containers: z.array(status).nullish().transform((c) => c ?? []) })).nullish().transform((s) => s ?? []),
    incidents: events,
    // Seen both as {active, upcoming} and as a flat list.
    maintenance: z.union([z.object({ active: events, upcoming: events }), events]).nullish(),
  }),
});

const eventId = (e: { _id?: string; id?: string; name: string }) => e._id ?? e.id ?? e.name;

export function parseStatusio(body: unknown, ctx: ParseContext): NormalizedStatus {
  const r = validate(resultSchema, body, "a status.io status result").result;
  const components = r.status.map((c) => ({
    upstreamId: c.id ?? c.name, name: c.name, group: null,
    state: worstState([stateOf(c.status_code, c.status), ...c.containers.map((k) => stateOf(k.status_code, k.status))]),
  }));
  const incidents = r.incidents.map((i) => {
    const updates = newestFirst(i.messages.map((m) => ({
      status: m.state === null ? "update" : Object.hasOwn(STAGE, m.state) ? STAGE[m.state]! : m.state.toLowerCase(), body: m.details ?? "", at: m.datetime ?? i.datetime_open ?? ctx.now, code: m.status,
    })));
    const latest = updates[0];
    return {
      upstreamId: eventId(i), name: i.name, status: latest?.status ?? "investigating",
      impact: latest ? stateOf(latest.code) : "unknown",
      startedAt: i.datetime_open ?? updates.at(-1)?.at ?? ctx.now, resolvedAt: latest?.status === "resolved" ? latest.at : null, url: null,
      componentIds: i.components_affected.map((c) => c._id ?? c.id ?? c.name ?? "").filter(Boolean),
      updates: updates.map(({ status, body, at }) => ({ status, body, at })),
    };
  });
  const m = r.maintenance;
  const active = new Set(m && !Array.isArray(m) ? m.active : []);
  const maints = !m ? [] : Array.isArray(m) ? m : [...m.active, ...m.upcoming];
  const maintenances = maints.map((x) => {
    const start = x.datetime_planned_start, end = x.datetime_planned_end;
    // Listed under `active` means running now, whatever the planned window says.
    const status = active.has(x) ? "in_progress" as const : windowStatus(start, end, ctx.now);
    return { upstreamId: eventId(x), name: x.name, status, scheduledFor: start, scheduledUntil: end, url: null };
  });
  const own = stateOf(r.status_overall.status_code, r.status_overall.status);
  const overall = own !== "unknown" ? own : worstState([...components.map((c) => c.state), "unknown"]);
  const result = { overall, description: r.status_overall.status ?? "", components, incidents, maintenances, sourceUpdatedAt: r.status_overall.updated };
  return narrowToComponents(result, ctx.filter?.components);
}
