import type http from "node:http";
import { componentsOf, itemsOf, paragraph, stableId, type Item, type Payload, type Route, type Severity } from "./fixture-items";
import { escapeXml } from "../sources/text";

// status.okta.com: a Salesforce "Trust" page whose data sits as entity-encoded JSON in hidden
// spans: data-id="cellList" (comma-separated cells), "incidents" (Incident__c records, closed
// ones stay listed) and "planned-outages". Components are cells ("okta.com:12"). Okta answers
// non-browser User-Agents with 403, so a poller without the catalog's browser UA fails here too.

const CATEGORY: Record<Severity, string> = {
  none: "Performance Issue", maintenance: "Planned Maintenance", minor: "Service Degradation", major: "Service Disruption", critical: "Major Service Disruption",
};
const STATUS: Record<string, string> = {
  investigating: "Investigating", identified: "Identified", monitoring: "Monitoring", resolved: "Resolved", postmortem: "Postmortem", in_progress: "In Progress",
};
/** Salesforce's datetime style: milliseconds and a colon-less offset. */
const sfTime = (d: Date | null) => (d ? d.toISOString().replace("Z", "+0000") : null);
const sfId = (prefix: string, seed: string) => `${prefix}${stableId(seed, 12, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")}EAF`;

export function oktaRefuses(req: http.IncomingMessage): boolean {
  return !/\bMozilla\/5\.0\b/.test(req.headers["user-agent"] ?? "");
}

function record(i: Item) {
  const id = sfId("a0B8c0000", i.id);
  return {
    attributes: { type: "Incident__c", url: `/services/data/v59.0/sobjects/Incident__c/${id}` },
    Id: id, Incident_Title__c: i.name, Status__c: STATUS[i.status] ?? i.status, Category__c: CATEGORY[i.severity],
    Impacted_Cells__c: i.components.join(","), Okta_Sub_Service__c: null,
    Start_Time__c: sfTime(i.createdAt), Last_Updated__c: sfTime(i.updatedAt), End_Time__c: sfTime(i.resolvedAt),
    // One log for the whole record, newest entry first.
    Log__c: i.updates.map((u) => paragraph(`${u.at.toISOString().slice(11, 16)} UTC - ${u.body}`)).join(""),
    Is_Mis_Red__c: i.severity === "critical",
  };
}

function planned(i: Item) {
  const id = sfId("a0C8c0000", i.id);
  return {
    Id: id, Name: `PO-${id.slice(-6)}`, Incident_Title__c: i.name, Status__c: "In Progress", Category__c: "Planned Maintenance",
    Impacted_Cells__c: i.components.join(","), Start_Time__c: sfTime(i.createdAt), End_Time__c: sfTime(new Date(i.createdAt.getTime() + 2 * 3600_000)),
  };
}

const span = (id: string, text: string) => `    <span class="slds-hide" data-id="${id}">${text}</span>`;

/** The page; a span whose text is null is left out (the missing_fields fault drops "incidents"). */
export function oktaHtml(cells: string, incidents: string | null, plannedOutages: string | null): string {
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Okta Status</title>
<link rel="stylesheet" href="/sfsites/c/resource/trust_styles/trust.css">
<script src="/sfsites/c/resource/trust_app/app.js" defer></script>
</head>
<body class="comm-page-home">
<div class="cCenterPanel" data-region-name="content">
  <header class="trust-header"><a href="https://www.okta.com"><img alt="Okta" src="/sfsites/c/resource/okta_logo.svg"></a><h1>Okta Status</h1></header>
  <section class="trust-summary" aria-live="polite"><p class="summary-text">Loading current status&hellip;</p></section>
  <div class="trust-data" hidden>
${[span("cellList", escapeXml(cells)), incidents === null ? "" : span("incidents", incidents), plannedOutages === null ? "" : span("planned-outages", plannedOutages)].filter(Boolean).join("\n")}
  </div>
  <footer><p>&copy; ${new Date().getUTCFullYear()} Okta, Inc. All rights reserved.</p></footer>
</div>
</body>
</html>
`;
}

export function renderOkta(route: Route, path: string): Payload | undefined {
  if (path !== route.path) return undefined;
  const items = itemsOf(route, { synthesize: true });
  const data = {
    cells: componentsOf(route).map((c) => c.name),
    incidents: items.filter((i) => i.severity !== "maintenance").map(record),
    planned: items.filter((i) => i.severity === "maintenance" && i.open).map(planned),
  };
  const encode = (d: unknown) => {
    const x = d as Partial<typeof data>;
    const json = (v: unknown) => (v === undefined ? null : escapeXml(JSON.stringify(v)));
    return oktaHtml((x.cells ?? []).join(","), json(x.incidents), json(x.planned));
  };
  return {
    contentType: "text/html; charset=UTF-8", data, encode, missing: { cells: data.cells },
    invalid: oktaHtml(data.cells.join(","), "[{&quot;Id&quot;: nope", "[]"),
  };
}
