import { z } from "zod";
import { ParseError, worstState, type NormalizedStatus, type State } from "./model";
import type { ParseContext } from "./index";

// Atlassian Statuspage v2 summary.json (incident.io pages serve the same shape).
// Unknown status strings map to `unknown` instead of failing the whole payload.

const INDICATOR: Record<string, State> = { none: "operational", minor: "degraded", major: "partial_outage", critical: "major_outage", maintenance: "maintenance" };
const COMPONENT: Record<string, State> = {
  operational: "operational", degraded_performance: "degraded", partial_outage: "partial_outage",
  major_outage: "major_outage", full_outage: "major_outage", under_maintenance: "maintenance",
};
const MAINTENANCE_STATUS = { scheduled: "scheduled", in_progress: "in_progress", verifying: "in_progress", completed: "completed" } as const;

const date = z.string().nullish().transform((s) => {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
});

const update = z.object({ status: z.string(), body: z.string().nullish(), display_at: date, created_at: date });
const incident = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  impact: z.string().nullish(),
  shortlink: z.string().nullish(),
  started_at: date,
  created_at: date,
  resolved_at: date,
  incident_updates: z.array(update).default([]),
  components: z.array(z.object({ id: z.string() })).nullish(),
  scheduled_for: date.optional(),
  scheduled_until: date.optional(),
});

const summarySchema = z.object({
  page: z.object({ id: z.string().optional(), name: z.string(), updated_at: date }),
  status: z.object({ indicator: z.string(), description: z.string().default("") }),
  components: z.array(z.object({
    id: z.string(), name: z.string(), status: z.string(),
    group: z.boolean().nullish(), group_id: z.string().nullish(),
  })).default([]),
  incidents: z.array(incident).default([]),
  scheduled_maintenances: z.array(incident).default([]),
});

export function parseStatuspage(body: unknown, ctx: Pick<ParseContext, "pageName" | "filter"> = {}): NormalizedStatus {
  const parsed = summarySchema.safeParse(body);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new ParseError(`not a Statuspage summary: ${i.path.join(".") || "root"} ${i.message}`);
  }
  const s = parsed.data;
  const groups = new Map(s.components.filter((c) => c.group).map((c) => [c.id, c.name]));
  // Group headers only summarise their children; counting them would double-count.
  const components = s.components.filter((c) => !c.group).map((c) => ({
    upstreamId: c.id, name: c.name, group: c.group_id ? groups.get(c.group_id) ?? null : null,
    state: COMPONENT[c.status] ?? "unknown",
  }));
  const incidents = s.incidents.map((i) => ({
    upstreamId: i.id,
    name: i.name,
    status: i.status,
    impact: INDICATOR[i.impact ?? ""] ?? "unknown",
    startedAt: i.started_at ?? i.created_at ?? new Date(0),
    resolvedAt: i.resolved_at,
    url: i.shortlink ?? null,
    componentIds: (i.components ?? []).map((c) => c.id),
    updates: i.incident_updates.map((u) => ({ status: u.status, body: u.body ?? "", at: u.display_at ?? u.created_at ?? new Date(0) })),
  }));
  const maintenances = s.scheduled_maintenances.map((m) => ({
    upstreamId: m.id, name: m.name,
    status: MAINTENANCE_STATUS[m.status as keyof typeof MAINTENANCE_STATUS] ?? "scheduled",
    scheduledFor: m.scheduled_for ?? null, scheduledUntil: m.scheduled_until ?? null, url: m.shortlink ?? null,
  }));
  const indicator = INDICATOR[s.status.indicator];
  const overall = indicator ?? worstState([...components.map((c) => c.state), "unknown"]);
  return { overall, description: s.status.description, components, incidents, maintenances, sourceUpdatedAt: s.page.updated_at };
}
