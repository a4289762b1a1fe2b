import { z } from "zod";

/**
 * The state of the fixture "internet": per upstream service, its components and incidents,
 * changed over time by scenario steps. Rendering into each real wire format lives in
 * fixture-formats*.ts, routing in fixture-routes.ts.
 */
export const componentStatus = z.enum(["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"]);
export type ComponentStatus = z.infer<typeof componentStatus>;

const incidentStep = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  status: z.enum(["investigating", "identified", "monitoring", "resolved", "postmortem"]),
  impact: z.enum(["none", "minor", "major", "critical"]).optional(),
  body: z.string().default(""),
});

export const scenarioStep = z.object({
  /** Seconds after the scenario starts ("10", 10 or "10s"). */
  at: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?s?$/)]).transform((v) => (typeof v === "number" ? v : Number.parseFloat(v))),
  service: z.string().min(1),
  components: z.record(z.string(), componentStatus).optional(),
  incident: incidentStep.optional(),
  /** Make the upstream answer this HTTP status instead of its payload (500, 503 …); null restores it. */
  httpStatus: z.number().int().min(100).max(599).nullable().optional(),
  /** Misbehave like broken upstreams do; null restores normal answers. */
  fault: z.enum(["invalid_json", "html", "truncated", "huge", "never_ends", "redirect_loop", "unknown_status", "missing_fields"]).nullable().optional(),
  /** How our probe endpoints of this service behave: up (expected status), down (503), timeout, slow. */
  probes: z.record(z.string(), z.enum(["up", "down", "timeout", "slow"])).optional(),
});
export const scenarioSchema = z.object({ name: z.string(), description: z.string().optional(), steps: z.array(scenarioStep) });
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioStep = z.infer<typeof scenarioStep>;

export interface FixtureIncident {
  id: string;
  name: string;
  status: string;
  impact: string;
  createdAt: Date;
  resolvedAt: Date | null;
  components: string[];
  updates: { status: string; body: string; at: Date }[];
}

export interface FixtureService {
  slug: string;
  name: string;
  host: string;
  components: Map<string, ComponentStatus>;
  /** When each component last changed status: formats without components date their synthetic items by it. */
  changedAt: Map<string, Date>;
  incidents: FixtureIncident[];
  updatedAt: Date;
  httpStatus: number | null;
  probes: Map<string, "up" | "down" | "timeout" | "slow">;
  fault: FixtureFault | null;
}

export type FixtureFault = NonNullable<ScenarioStep["fault"]>;

/**
 * Default components per service, where the catalog names no keyComponents; a scenario may name
 * others, which are then added. Names are what each format's parser and filter expect: Okta cells,
 * AWS service names, Azure service names (Entra's must match its catalog filter).
 */
const DEFAULT_COMPONENTS: Record<string, string[]> = {
  workos: ["API", "SSO", "Directory Sync", "Admin Portal", "AuthKit", "Dashboard"],
  okta: ["okta.com:1", "okta.com:2", "okta.com:3", "okta.com:4", "okta.com:7", "okta.com:11", "okta.com:12", "okta.com:14", "okta-emea.com:1", "okta-emea.com:2", "okta-gov.com:1"],
  "entra-id": ["Microsoft Entra ID", "Azure MFA"],
  azure: ["Virtual Machines", "Azure Storage", "Azure App Service", "Azure SQL Database"],
  "microsoft-365": ["Exchange Online", "Microsoft Teams", "SharePoint Online"],
  aws: ["Amazon Elastic Compute Cloud", "Amazon Simple Storage Service", "AWS Lambda"],
  "aws-cognito": ["Amazon Cognito"],
  "google-cloud": ["Google Compute Engine", "Google Cloud Storage", "Cloud Run"],
  heroku: ["Apps", "Data", "Tools"],
  paypal: ["Payments", "Checkout", "Developer"],
};
/** Per format, when neither the catalog nor the table above names components. */
const FORMAT_COMPONENTS: Record<string, string[]> = {
  stripe: ["API", "Dashboard", "Stripe.js", "Checkout.js", "Webhooks", "Emails"],
};

export function defaultComponents(slug: string, format?: string, keyComponents?: readonly string[]): string[] {
  return [...(keyComponents?.length ? keyComponents : DEFAULT_COMPONENTS[slug] ?? FORMAT_COMPONENTS[format ?? ""] ?? ["API", "Dashboard"])];
}

export function newFixtureService(slug: string, name: string, host: string, at: Date, components = defaultComponents(slug)): FixtureService {
  return {
    slug, name, host, components: new Map(components.map((n) => [n, "operational" as const])), changedAt: new Map(),
    incidents: [], updatedAt: at, httpStatus: null, probes: new Map(), fault: null,
  };
}

/** Applies one scenario step to a service's state. */
export function applyStep(svc: FixtureService, step: ScenarioStep, at: Date): void {
  for (const [name, status] of Object.entries(step.components ?? {})) {
    if (svc.components.get(name) !== status) svc.changedAt.set(name, at);
    svc.components.set(name, status);
  }
  if (step.httpStatus !== undefined) svc.httpStatus = step.httpStatus;
  for (const [id, mode] of Object.entries(step.probes ?? {})) svc.probes.set(id, mode);
  if (step.fault !== undefined) svc.fault = step.fault;
  if (step.incident) {
    const s = step.incident;
    let incident = svc.incidents.find((i) => i.id === s.id);
    if (!incident) {
      incident = { id: s.id, name: s.name ?? s.id, status: s.status, impact: s.impact ?? "minor", createdAt: at, resolvedAt: null, components: [], updates: [] };
      svc.incidents.unshift(incident);
    }
    incident.status = s.status;
    if (s.name) incident.name = s.name;
    if (s.impact) incident.impact = s.impact;
    incident.components = [...new Set([...incident.components, ...Object.keys(step.components ?? {})])];
    incident.resolvedAt = s.status === "resolved" || s.status === "postmortem" ? at : null;
    incident.updates.unshift({ status: s.status, body: s.body, at });
  }
  svc.updatedAt = at;
}
