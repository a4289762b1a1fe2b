import { findService, services } from "@/lib/catalog/services";
import type { ProbeSpec, ServiceEntry } from "@/lib/catalog/types";
import { CATEGORY_PROFILES, type ErrorCode, type Faq, type Section } from "./categories";
import { SERVICE_NOTES } from "./service-notes";
import type { Guide } from "./types";

// Guides for every catalog service without a hand-written one: the category's shared structure
// filled with the entry's own facts (status page, source endpoint, components, probe, related
// services) and the service's notes. Everything is derived from the catalog, so a new entry gets
// a guide that is specific to it without further work.

const MAX_ERROR_CODES = 9;
const MAX_WHY = 5;

const host = (url: string) => new URL(url).host;
const orList = (items: readonly (string | number)[]) =>
  items.length <= 1 ? String(items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
const andList = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

// ── Quick check ─────────────────────────────────────────────────────────────────────────────────

/** The curl line that repeats one of our probes by hand. */
function probeCommand(probe: ProbeSpec): string {
  const method = probe.method === "HEAD" ? "-I " : probe.method === "POST" ? "-X POST " : "";
  return `curl -s -m 10 ${method}-o /dev/null -w "%{http_code}\\n" ${probe.url}`;
}

function probeCheck(entry: ServiceEntry, probe: ProbeSpec): Guide["quickCheck"] {
  const { name } = entry;
  const ok2xx = probe.expectStatus.filter((s) => s < 300);
  const ok4xx = probe.expectStatus.filter((s) => s >= 400);
  const components = entry.keyComponents?.length ? ` It lists components such as ${andList(entry.keyComponents)}.` : "";
  const outcomes: Guide["quickCheck"]["outcomes"] = [];
  if (ok2xx.length) outcomes.push({ status: orList(ok2xx), meaning: `${name} answered normally. The endpoint is reachable and working from where you ran the command.` });
  if (ok4xx.length) {
    outcomes.push({
      status: orList(ok4xx),
      meaning: `${name} answered and refused the request because it carried no credentials${ok4xx.includes(400) ? " or required headers" : ""}. That is the healthy answer: it proves the request reached ${name}.`,
    });
  }
  outcomes.push(
    { status: "429", meaning: `Rate limited: your IP or network sent too many requests. ${name} answered, so it is not down for everyone.` },
    { status: "5xx", meaning: `${name} or the network edge in front of it is failing. Compare with the verdict at the top of this page and ${host(entry.statusPageUrl)}.` },
    { status: "000", meaning: `No HTTP answer within 10 seconds: DNS, TLS, a firewall or an outage. Try from another network before concluding that ${name} is down.` },
    { status: "anything else", meaning: `The endpoint is reachable but answered unexpectedly, for example because the route changed. Check ${host(entry.statusPageUrl)} before concluding anything.` },
  );
  return {
    command: probeCommand(probe),
    explanation:
      `This repeats our own "${probe.name}" check: a request to ${host(probe.url)} without credentials that prints only the HTTP status. ` +
      `We count ${orList(probe.expectStatus)} as up, and an answer slower than ${probe.latencyThresholdMs} ms as degraded. ` +
      `Run it from the machine where ${name} fails, since a proxy or firewall on your side can look like an outage. ` +
      `${name}'s official status page is ${entry.statusPageUrl}.${components}`,
    outcomes,
  };
}

/** A jq filter that keeps items whose text matches the catalog's source filter, if any. */
function matchFilter(entry: ServiceEntry, field: string): string {
  const match = entry.source.filter?.match;
  return match ? ` | select((${field}) | test(${JSON.stringify(match)}; "i"))` : "";
}

const unreadable = (entry: ServiceEntry) => ({
  status: "no output or an error",
  meaning: `The endpoint did not answer with readable data within 10 seconds. Check your network, then open ${entry.statusPageUrl} in a browser; this alone does not mean ${entry.name} is down.`,
});

/** Reads the official status source directly, for services without a probe of ours. */
function sourceCheck(entry: ServiceEntry): Guide["quickCheck"] {
  const { name, statusPageUrl, source } = entry;
  const url = source.url;
  const components = entry.keyComponents?.length ? `, which also lists components such as ${andList(entry.keyComponents)},` : "";
  const caveat = source.verified
    ? ""
    : ` Nobody has confirmed yet that this endpoint answers in this format; if the command prints nothing useful, read ${statusPageUrl} in a browser instead.`;
  const lag = ` It shows what ${name} itself reports, which can lag behind the first errors.`;

  switch (source.format) {
    case "statuspage":
      return {
        command: `curl -s -m 10 ${url} | jq -r '.status.indicator'`,
        explanation: `This reads ${name}'s official status page (${statusPageUrl}) in its machine-readable Statuspage form and prints the overall indicator. It needs jq; drop the pipe to read the raw JSON${components} with open incidents.${lag}${caveat}`,
        outcomes: [
          { status: "none", meaning: `${name} reports no open incident. If you still see failures, they are probably specific to your account, region or integration.` },
          { status: "minor", meaning: "An open incident with limited impact, such as slowness or one feature degraded. Check which components it names." },
          { status: "major or critical", meaning: `${name} reports a significant outage. Expect failures and switch to your fallbacks.` },
          { status: "maintenance", meaning: "Planned maintenance is in progress. Check which components it covers and when it ends." },
          unreadable(entry),
        ],
      };
    case "instatus":
      return {
        command: `curl -s -m 10 ${url} | jq -r '.page.status'`,
        explanation: `This reads the machine-readable summary behind ${name}'s status page (${statusPageUrl}, hosted on Instatus) and prints the page's overall state. It needs jq; without the pipe you also see active incidents and maintenance.${lag}${caveat}`,
        outcomes: [
          { status: "UP", meaning: `${name} reports everything operational.` },
          { status: "HASISSUES", meaning: "At least one component or incident is open. Read activeIncidents in the raw JSON to see what is affected." },
          { status: "UNDERMAINTENANCE", meaning: "Planned maintenance is in progress." },
          unreadable(entry),
        ],
      };
    case "statusio":
      return {
        command: `curl -s -m 10 ${url} | jq '.result.status_overall'`,
        explanation: `This reads the status.io data behind ${name}'s status page (${statusPageUrl}) and prints the overall state with its numeric code. It needs jq; .result.status lists each component.${lag}${caveat}`,
        outcomes: [
          { status: "status_code 100", meaning: `${name} reports all systems operational.` },
          { status: "status_code 200", meaning: "Planned maintenance is in progress." },
          { status: "status_code 300", meaning: "Degraded performance somewhere; check the components list." },
          { status: "status_code 400 or 500", meaning: "A partial (400) or full (500) service disruption is reported." },
          { status: "status_code 600", meaning: "A security event is reported; read the incident notes." },
          unreadable(entry),
        ],
      };
    case "google":
      return {
        command: `curl -s -m 10 ${url} | jq '[.[] | select((.end // "") == "")${matchFilter(entry, '.service_name // ""')}] | length'`,
        explanation: `Google publishes ${name}'s incidents (shown on ${statusPageUrl}) as one JSON list that includes past incidents; an incident is still open while its end time is empty. This counts the open ones${source.filter?.match ? ` for ${name}` : ""}. It needs jq.${lag}${caveat}`,
        outcomes: [
          { status: "0", meaning: `No open incident is reported for ${name}.` },
          { status: "1 or more", meaning: "Open incidents exist. Drop the final length to read them: service_name, severity and the latest update say what is affected." },
          unreadable(entry),
        ],
      };
    case "aws":
      return {
        command: `curl -s -m 10 ${url} | iconv -f UTF-16 -t UTF-8 | jq '${source.filter?.match ? `[.[]${matchFilter(entry, '(.service // "") + " " + (.service_name // "")')}] | ` : ""}length'`,
        explanation: `The AWS Health Dashboard (${statusPageUrl}) publishes its current events as a JSON list encoded in UTF-16, hence iconv; an empty list means no current events. This counts the events${source.filter?.match ? ` that mention ${name}` : ""}. It needs jq; each event names its service and region. Events that affect only your account appear in your account's AWS Health Dashboard, not here.${caveat}`,
        outcomes: [
          { status: "0", meaning: `No current public event${source.filter?.match ? ` for ${name}` : ""}.` },
          { status: "1 or more", meaning: "AWS reports current events. Drop the final length to read region_name, service_name and summary, and check whether your region is named." },
          unreadable(entry),
        ],
      };
    case "feed":
      return {
        command: `curl -s -m 10 ${url} | grep -Eo '<title>(<!\\[CDATA\\[)?[^]<]*' | head -n 6`,
        explanation: `This prints the titles in the feed behind ${name}'s status page (${statusPageUrl}): first the feed's own title, then its newest entries. A feed is a log of updates, so an entry can be old or already resolved; read its wording and date before drawing conclusions.${lag}${caveat}`,
        outcomes: [
          { status: "only the feed title", meaning: `The feed has no entries, which for ${name}'s feed means nothing is being reported.` },
          { status: "entry titles", meaning: "Recent updates exist. Titles marked resolved are history; look for one that names a current problem in a product or region you use." },
          unreadable(entry),
        ],
      };
    case "slack":
      return {
        command: `curl -s -m 10 ${url} | jq -r '.status'`,
        explanation: `This reads ${name}'s status API behind ${statusPageUrl} and prints the overall state. It needs jq; active_incidents in the raw JSON names affected services.${lag}${caveat}`,
        outcomes: [
          { status: "ok", meaning: `${name} reports no active incident.` },
          { status: "active", meaning: "An incident or outage is active. Read active_incidents for the affected services." },
          unreadable(entry),
        ],
      };
    case "stripe":
      return {
        command: `curl -s -m 10 ${url} | jq -r '.largestatus'`,
        explanation: `This reads ${name}'s current status behind ${statusPageUrl}. It needs jq; .statuses gives the state of each product.${lag}${caveat}`,
        outcomes: [
          { status: "up", meaning: `${name} reports everything working.` },
          { status: "degraded", meaning: "Some products are slow or partly failing; read .statuses." },
          { status: "down", meaning: "A product is down; read .statuses and the status page." },
          unreadable(entry),
        ],
      };
    case "betterstack":
      return {
        command: `curl -s -m 10 ${url} | jq -r '.data.attributes.aggregate_state'`,
        explanation: `This reads the machine-readable summary behind ${name}'s status page (${statusPageUrl}) and prints the overall state. It needs jq.${lag}${caveat}`,
        outcomes: [
          { status: "operational", meaning: `${name} reports everything working.` },
          { status: "degraded", meaning: "Something is slow or partly failing." },
          { status: "downtime", meaning: "Something is down; read the status page for details." },
          { status: "maintenance", meaning: "Planned maintenance is in progress." },
          unreadable(entry),
        ],
      };
    case "incidentio":
      return {
        command: `curl -s -m 10 ${url} | jq '.ongoing_incidents | length'`,
        explanation: `This counts the ongoing incidents on ${name}'s status page (${statusPageUrl}). It needs jq.${lag}${caveat}`,
        outcomes: [
          { status: "0", meaning: `${name} reports no ongoing incident.` },
          { status: "1 or more", meaning: "Incidents are ongoing; drop the final length to read their names and affected components." },
          unreadable(entry),
        ],
      };
    case "okta":
    case "reachability":
      // No machine-readable form we can read: the check can only say whether the page answers.
      return {
        command: `curl -s -m 10 -o /dev/null -w "%{http_code}\\n" ${url}`,
        explanation: `${name}'s status page (${statusPageUrl}) has no machine-readable form this site reads yet, so this only checks that the page answers. Open it in a browser to read what ${name} reports.`,
        outcomes: [
          { status: "200", meaning: `The status page loads. Read it for ${name}'s own account of any problem.` },
          { status: "5xx", meaning: `The status page itself is failing, which sometimes accompanies a wider ${name} incident.` },
          { status: "000", meaning: "No answer within 10 seconds: check your own network and DNS first." },
        ],
      };
  }
}

function quickCheckFor(entry: ServiceEntry): Guide["quickCheck"] {
  const probe = entry.probes?.[0];
  return probe ? probeCheck(entry, probe) : sourceCheck(entry);
}

// ── The rest of the guide ───────────────────────────────────────────────────────────────────────

/** Where the verdict comes from, in words, for the "is it down" answer. */
function sourceInWords(entry: ServiceEntry): string {
  const { source } = entry;
  switch (source.format) {
    case "aws":
      return `the AWS Health Dashboard's list of current events${source.filter?.match ? `, narrowed to events about ${entry.name}` : ""}`;
    case "google":
      return `Google's published incident list for ${host(entry.statusPageUrl)}${source.filter?.match ? `, narrowed to ${entry.name}` : ""}`;
    case "feed":
      return `the update feed at ${source.url}`;
    case "okta":
    case "reachability":
      return `whether its status page at ${entry.statusPageUrl} answers (the page has no machine-readable form this site reads yet)`;
    default:
      return `the data behind ${entry.statusPageUrl}`;
  }
}

function checklist(entry: ServiceEntry, profileSteps: string[], noteSteps: string[]): string[] {
  const { name } = entry;
  const probe = entry.probes?.[0];
  const components = entry.keyComponents?.length ? ` and look at the components you use (${andList(entry.keyComponents)})` : "";
  const deps = (entry.related?.dependsOn ?? []).map((s) => findService(s)?.name).filter((n): n is string => Boolean(n));
  return [
    `Read the verdict at the top of this page, then open ${entry.statusPageUrl}${components}.`,
    probe
      ? `Run the quick check from the machine that fails: ${orList(probe.expectStatus)} from ${host(probe.url)} means ${name} answers, so the problem is more likely in your account, configuration or network.`
      : `Run the quick check to read ${name}'s own status without opening a browser, then run your failing call again to see whether the error repeats.`,
    `Capture a failing call: the status code, the error body, any request ID header and the exact time.`,
    ...profileSteps,
    ...noteSteps,
    ...(deps.length
      ? [`${name} depends on ${andList(deps)}; check ${deps.length === 1 ? "its" : "their"} status on this site too, since ${deps.length === 1 ? "its" : "their"} incidents can surface as ${name} errors.`]
      : []),
    `If ${name} itself is at fault, retry with backoff, switch on the fallbacks below and tell your users what is affected.`,
  ];
}

function faq(entry: ServiceEntry, categoryFaq: Faq[], noteFaq: Faq[]): Faq[] {
  const { name } = entry;
  const probe = entry.probes?.[0];
  const probePart = probe ? `, together with our own request to ${probe.url}, where ${orList(probe.expectStatus)} counts as a healthy answer` : "";
  return [
    {
      question: `Is ${name} down right now?`,
      answer: `The verdict at the top of this page answers that. It is based on ${sourceInWords(entry)}${probePart}. If your integration fails while the verdict looks fine, run the quick check and the checklist above from the machine that fails.`,
    },
    ...categoryFaq,
    ...noteFaq,
    {
      question: `How do I get alerts when ${name} is down?`,
      answer: `Use the alert sign-up on this page to get an email when the verdict for ${name} changes. ${name}'s own page at ${entry.statusPageUrl} may offer subscriptions too, though official updates often come some time after the first errors.`,
    },
  ].slice(0, 6);
}

function alternatives(entry: ServiceEntry, noteAlternatives: string[] | undefined): string[] {
  const fromCatalog = entry.related?.alternatives ?? [];
  if (fromCatalog.length) return [...fromCatalog];
  if (noteAlternatives?.length) return [...noteAlternatives];
  // Last resort for a new entry without alternatives: its category peers.
  return services.filter((s) => s.category === entry.category && s.slug !== entry.slug).slice(0, 3).map((s) => s.slug);
}

/** Builds the guide for a catalog service from its category's structure and its own facts. */
export function buildGuide(entry: ServiceEntry): Guide {
  const { name } = entry;
  const notes = SERVICE_NOTES[entry.slug];
  const profile = CATEGORY_PROFILES[entry.category];
  const probe = entry.probes?.[0];

  const noteCodes = notes?.errorCodes ?? [];
  const omit = notes?.omitCategory ?? {};
  const omitCodes = new Set(omit.errorCodes ?? []);
  // A service-specific 429 says more than the category's generic one, so it replaces it.
  if (noteCodes.some((e) => e.code.includes("429"))) omitCodes.add("429");
  const keep = (titles: string[] | undefined) => (item: Section) => !(titles ?? []).includes(item.title);
  const errorCodes: ErrorCode[] = uniqueBy(
    [...noteCodes, ...profile.errorCodes(name).filter((e) => !omitCodes.has(e.code))],
    (e) => e.code,
  ).slice(0, MAX_ERROR_CODES);

  const alerts: Section = {
    title: `Alerts for ${name}`,
    body: `Subscribe to ${name} on this site and keep ${entry.statusPageUrl} bookmarked for its own updates. Official pages often post after problems start${probe ? `, which is why this page also shows our own check of ${host(probe.url)}` : ""}.`,
  };

  return {
    slug: entry.slug,
    summary: `${notes?.about ?? `${name} publishes its service status at ${entry.statusPageUrl}.`} ${notes?.impact ?? profile.impact(name)}`,
    quickCheck: quickCheckFor(entry),
    errorCodes,
    whyItBreaks: uniqueBy([...(notes?.why ?? []), ...profile.why(name).filter(keep(omit.why))], (w) => w.title).slice(0, MAX_WHY),
    checklist: uniqueBy(checklist(entry, omit.checklist ? [] : profile.checklist(name), notes?.checklist ?? []), (c) => c),
    fallbacks: uniqueBy([...(notes?.fallbacks ?? []), ...profile.fallbacks(name).filter(keep(omit.fallbacks)), alerts], (f) => f.title),
    alternatives: alternatives(entry, notes?.alternatives),
    faq: uniqueBy(faq(entry, omit.faq ? [] : [profile.faq(name)], notes?.faq ?? []), (f) => f.question),
    handWritten: false,
  };
}
