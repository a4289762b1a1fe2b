import { z } from "zod";
import { ParseError, worstState, type NormalizedIncident, type NormalizedMaintenance, type NormalizedStatus, type State } from "./model";
import type { ParseContext } from "./index";
import { narrowToComponents } from "./narrow";
import { RECENT_MS, compileMatch, describeIncidents, latest, idLike, looseDate, lookup, validate, windowStatus } from "./schema";
import { decodeEntities, htmlToText } from "./text";

// status.okta.com is a Salesforce page with its data embedded as entity-encoded JSON in
// <span data-id="incidents|planned-outages|cellList">. Records are a log: closed ones stay
// listed for a while, so a record is open until its Status__c says otherwise.

const CLOSED = new Set(["resolved", "closed", "completed", "postmortem"]);
const CATEGORY: Record<string, State> = {
  "major service disruption": "major_outage", "service disruption": "partial_outage", "minor service disruption": "partial_outage",
  "feature disruption": "partial_outage", "service degradation": "degraded", "performance issue": "degraded",
};

const flag = z.union([z.boolean(), z.string()]).nullish().transform((v) => v === true || v === "true");
const record = z.object({
  Id: idLike, Name: z.string().nullish(), Incident_Title__c: z.string().nullish(), Title__c: z.string().nullish(), Subject__c: z.string().nullish(),
  Status__c: z.string().nullish(), Category__c: z.string().nullish(), Impacted_Cells__c: z.string().nullish(), Okta_Sub_Service__c: z.string().nullish(),
  Start_Time__c: looseDate, Last_Updated__c: looseDate, End_Time__c: looseDate, Start_Date__c: looseDate, End_Date__c: looseDate,
  Log__c: z.string().nullish(), Is_Mis_Red__c: flag,
});
type Row = z.output<typeof record>;

function span(html: string, id: string): string | null {
  const m = new RegExp(`<span\\b[^>]*\\bdata-id\\s*=\\s*["']${id}["'][^>]*>([\\s\\S]*?)</span\\s*>`, "i").exec(html);
  return m ? decodeEntities(m[1]!).trim() : null;
}

function records(text: string | null, what: string): Row[] {
  if (!text) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ParseError(`Okta ${what} span is not JSON: ${(err as Error).message}`);
  }
  return validate(z.array(record), json, `an Okta ${what} list`);
}

export function categoryState(category: string | null | undefined, misRed = false): State {
  if (misRed) return "major_outage";
  const c = (category ?? "").trim().toLowerCase();
  const known = lookup(CATEGORY, c);
  if (known !== "unknown") return known;
  if (/planned|maintenance/.test(c)) return "maintenance";
  if (/major/.test(c)) return "major_outage";
  if (/disruption|outage/.test(c)) return "partial_outage";
  if (/degrad|performance/.test(c)) return "degraded";
  return "unknown";
}

export function parseOkta(html: string, ctx: ParseContext): NormalizedStatus {
  const incidentsText = span(html, "incidents");
  if (incidentsText === null) throw new ParseError('not an Okta status page: no <span data-id="incidents"> in the HTML');
  const rows = records(incidentsText, "incidents");
  const planned = records(span(html, "planned-outages"), "planned-outages");
  const cellText = span(html, "cellList") ?? "";
  const cells: string[] = cellText.startsWith("[") ? z.array(z.string()).catch([]).parse(safeJson(cellText)) : cellText.split(",");
  const allCells = [...new Set(cells.map((c) => c.trim()).filter(Boolean))];
  const cellsOf = (r: Row) => {
    const raw = (r.Impacted_Cells__c ?? "").trim();
    return /^all\b/i.test(raw) ? allCells : raw.split(/[,;]\s*/).map((c) => c.trim()).filter(Boolean);
  };
  const titleOf = (r: Row) => r.Incident_Title__c ?? r.Title__c ?? r.Subject__c ?? r.Name ?? `Okta record ${r.Id}`;
  const match = compileMatch(ctx.filter?.match);
  const keep = (r: Row) => !match || [titleOf(r), r.Category__c, r.Okta_Sub_Service__c].some((t) => t && match.test(t));

  const incidents: NormalizedIncident[] = [], maintenances: NormalizedMaintenance[] = [];
  const addMaintenance = (r: Row) => {
    const start = r.Start_Time__c ?? r.Start_Date__c, end = r.End_Time__c ?? r.End_Date__c;
    const status = CLOSED.has((r.Status__c ?? "").toLowerCase()) ? "completed" : windowStatus(start, end, ctx.now);
    if (status !== "completed") maintenances.push({ upstreamId: r.Id, name: titleOf(r), status, scheduledFor: start, scheduledUntil: end, url: null });
  };
  for (const r of rows.filter(keep)) {
    const impact = categoryState(r.Category__c, r.Is_Mis_Red__c);
    if (impact === "maintenance") { addMaintenance(r); continue; }
    const closed = CLOSED.has((r.Status__c ?? "").toLowerCase());
    const last = r.Last_Updated__c ?? r.End_Time__c ?? r.Start_Time__c ?? ctx.now;
    // Closed records are shown for a week, then they are history, not status.
    if (closed && ctx.now.getTime() - (r.End_Time__c ?? last).getTime() > RECENT_MS) continue;
    incidents.push({
      upstreamId: r.Id, name: titleOf(r), status: (r.Status__c ?? "open").toLowerCase(), impact,
      startedAt: r.Start_Time__c ?? last, resolvedAt: closed ? r.End_Time__c ?? last : null, url: null,
      componentIds: cellsOf(r),
      updates: r.Log__c ? [{ status: (r.Status__c ?? "update").toLowerCase(), body: htmlToText(r.Log__c), at: last }] : [],
    });
  }
  planned.filter(keep).forEach(addMaintenance);

  const open = incidents.filter((i) => i.resolvedAt === null);
  const running = maintenances.filter((m) => m.status === "in_progress");
  const runningCells = new Set([...rows, ...planned].filter((r) => running.some((m) => m.upstreamId === r.Id)).flatMap(cellsOf));
  const components = allCells.map((cell) => ({
    upstreamId: cell, name: cell, group: cell.includes(":") ? cell.slice(0, cell.lastIndexOf(":")) : null,
    state: worstState([...open.filter((i) => i.componentIds.includes(cell)).map((i) => i.impact), ...(runningCells.has(cell) ? ["maintenance" as const] : [])]),
  }));
  const overall = worstState([...open.map((i) => i.impact), ...running.map((): State => "maintenance")]);
  const description = describeIncidents(open.map((i) => i.name), overall);
  const sourceUpdatedAt = latest(rows.map((r) => r.Last_Updated__c));
  return narrowToComponents({ overall, description, components, incidents, maintenances, sourceUpdatedAt }, ctx.filter?.components);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return [];
  }
}
