import { z } from "zod";
import { worstState, type NormalizedComponent, type NormalizedStatus, type State } from "./model";
import type { ParseContext } from "./index";
import { narrowToComponents } from "./narrow";
import { compileMatch, describeIncidents, idLike, looseDate, lookup, newestFirst, validate } from "./schema";
import { htmlToText } from "./text";

// Slack /api/v2.0.0/current. Slack labels each active item by type, not severity:
//  outage   → major_outage   (Slack's word for "a service is down for many")
//  incident → partial_outage (a feature broken or failing for some users)
//  notice   → degraded when it names affected services, operational when it names none
//             (Slack uses notices for minor or advisory items; one about nothing in particular
//             is not a reason to turn a service yellow)
//  maintenance → maintenance; anything else → unknown.

const TYPE: Record<string, State> = { outage: "major_outage", incident: "partial_outage", notice: "degraded", maintenance: "maintenance" };
const CLOSED = new Set(["resolved", "completed", "closed"]);

const incidentSchema = z.object({
  id: idLike, title: z.string(), type: z.string().nullish(), status: z.string().nullish(), url: z.string().nullish(),
  date_created: looseDate, date_updated: looseDate,
  services: z.array(z.string()).nullish().transform((s) => s ?? []),
  notes: z.array(z.object({ body: z.string().nullish(), date_created: looseDate })).nullish().transform((n) => n ?? []),
});
const currentSchema = z.object({
  status: z.string(), date_created: looseDate, date_updated: looseDate,
  active_incidents: z.array(incidentSchema).nullish().transform((a) => a ?? []),
});

function impactOf(type: string | null | undefined, services: string[]): State {
  const t = (type ?? "").toLowerCase();
  if (t === "notice" && services.length === 0) return "operational";
  return lookup(TYPE, t);
}

export function parseSlack(body: unknown, ctx: ParseContext): NormalizedStatus {
  const s = validate(currentSchema, body, "a Slack status document");
  const match = compileMatch(ctx.filter?.match);
  const items = s.active_incidents.filter((i) => !match || match.test(i.title) || i.services.some((x) => match.test(x)));
  const incidents = items.map((i) => {
    const status = (i.status ?? "active").toLowerCase();
    const updates = newestFirst(i.notes.map((n) => ({ status, body: htmlToText(n.body ?? ""), at: n.date_created ?? i.date_updated ?? ctx.now })));
    return {
      upstreamId: i.id, name: i.title, status, impact: impactOf(i.type, i.services),
      startedAt: i.date_created ?? ctx.now, resolvedAt: CLOSED.has(status) ? i.date_updated ?? ctx.now : null,
      url: i.url ?? null, componentIds: i.services, updates,
    };
  });
  const open = incidents.filter((i) => i.resolvedAt === null);
  // Slack publishes no component list: the services named as affected are the components we know.
  const state = new Map<string, State>();
  for (const i of open) for (const svc of i.componentIds) state.set(svc, worstState([state.get(svc) ?? "operational", i.impact]));
  const components: NormalizedComponent[] = [...state].map(([name, st]) => ({ upstreamId: name, name, group: null, state: st }));
  const fromItems = worstState(open.map((i) => i.impact));
  const page = s.status.toLowerCase();
  let overall: State;
  if (page === "ok") overall = fromItems;
  // "active" with no item to show for it is unknown, not good news; under a match filter it
  // just means nothing active concerns this service.
  else if (page === "active") overall = match || open.length ? fromItems : "unknown";
  else overall = worstState([fromItems, "unknown"]);
  const description = describeIncidents(open.map((i) => i.name), overall);
  const result = { overall, description, components, incidents, maintenances: [], sourceUpdatedAt: s.date_updated ?? s.date_created };
  return narrowToComponents(result, ctx.filter?.components);
}
