import { z } from "zod";
import { ParseError, worstState, type NormalizedStatus, type State } from "./model";
import type { ParseContext } from "./index";
import { narrowToComponents } from "./narrow";
import { looseDate, lookup, newestFirst, validate } from "./schema";

// Atlassian Statuspage v2 summary.json (incident.io pages serve the same shape).
// Unknown status strings map to `unknown` instead of failing the whole payload.

const INDICATOR: Record<string, State> = { none: "operational", minor: "degraded", major: "partial_outage", critical: "major_outage", maintenance: "maintenance" };
const COMPONENT: Record<string, State> = {
  operational: "operational", degraded_performance: "degraded", partial_outage: "partial_outage",
  major_outage: "major_outage", full_outage: "major_outage", under_maintenance: "maintenance",
};
const MAINTENANCE_STATUS = { scheduled: "scheduled", in_progress: "in_progress", verifying: "in_progress", completed: "completed" } as const;

const update = z.object({ status: z.string(), body: z.string().nullish(), display_at: looseDate, created_at: looseDate });
const incident = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  impact: z.string().nullish(),
  shortlink: z.string().nullish(),
  started_at: looseDate,
  created_at: looseDate,
  resolved_at: looseDate,
  incident_updates: z.array(update).nullish().transform((u) => u ?? []),
  components: z.array(z.object({ id: z.string() })).nullish(),
  scheduled_for: looseDate,
  scheduled_until: looseDate,
});

const summarySchema = z.object({
  page: z.object({ id: z.string().optional(), name: z.string(), updated_at: looseDate }),
  status: z.object({ indicator: z.string(), description: z.string().default("") }),
  components: z.array(z.object({
    id: z.string(), name: z.string(), status: z.string(),
    group: z.boolean().nullish(), group_id: z.string().nullish(),
  })).default([]),
  incidents: z.array(incident).default([]),
  scheduled_maintenances: z.array(incident).default([]),
});

/** A decoy or catch-all page answers with someone else's name; either name may contain the other. */
function checkPageName(actual: string, expected: string | undefined): void {
  if (!expected) return;
  const a = actual.trim().toLowerCase(), e = expected.trim().toLowerCase();
  if (a && (a.includes(e) || e.includes(a))) return;
  throw new ParseError(`decoy page: expected "${expected}", the page calls itself "${actual}"`);
}

export function parseStatuspage(body: unknown, ctx: Pick<ParseContext, "pageName" | "filter"> = {}): NormalizedStatus {
  const s = validate(summarySchema, body, "a Statuspage summary");
  checkPageName(s.page.name, ctx.pageName);
  const groups = new Map(s.components.filter((c) => c.group).map((c) => [c.id, c.name]));
  // Group headers only summarise their children; counting them would double-count.
  const components = s.components.filter((c) => !c.group).map((c) => ({
    upstreamId: c.id, name: c.name, group: c.group_id ? groups.get(c.group_id) ?? null : null,
    state: lookup(COMPONENT, c.status),
  }));
  const incidents = s.incidents.map((i) => ({
    upstreamId: i.id,
    name: i.name,
    status: i.status,
    impact: lookup(INDICATOR, i.impact),
    startedAt: i.started_at ?? i.created_at ?? new Date(0),
    resolvedAt: i.resolved_at,
    url: i.shortlink ?? null,
    componentIds: (i.components ?? []).map((c) => c.id),
    updates: newestFirst(i.incident_updates.map((u) => ({ status: u.status, body: u.body ?? "", at: u.display_at ?? u.created_at ?? new Date(0) }))),
  }));
  const maintenances = s.scheduled_maintenances.map((m) => ({
    upstreamId: m.id, name: m.name,
    status: Object.hasOwn(MAINTENANCE_STATUS, m.status) ? MAINTENANCE_STATUS[m.status as keyof typeof MAINTENANCE_STATUS] : "scheduled" as const,
    scheduledFor: m.scheduled_for, scheduledUntil: m.scheduled_until, url: m.shortlink ?? null,
  }));
  const indicator = Object.hasOwn(INDICATOR, s.status.indicator) ? INDICATOR[s.status.indicator] : undefined;
  const overall = indicator ?? worstState([...components.map((c) => c.state), "unknown"]);
  const result = { overall, description: s.status.description, components, incidents, maintenances, sourceUpdatedAt: s.page.updated_at };
  const maintenanceComponents = new Map(s.scheduled_maintenances.map((m) => [m.id, (m.components ?? []).map((c) => c.id)]));
  return narrowToComponents(result, ctx.filter?.components, maintenanceComponents);
}
