import { createHash } from "node:crypto";
import type { ServiceEntry, SourceFormat } from "../catalog/types";
import { escapeXml } from "../sources/text";
import type { ComponentStatus, FixtureService } from "./fixture-state";

// The format-neutral view every renderer starts from: one upstream URL (a Route), the services
// behind it, and their incidents as "items". Formats that carry no component list (feeds, AWS,
// Google, Slack, Okta, the incident.io widget) can only say something is wrong through an item,
// so a component a scenario breaks without an incident gets a synthetic one there.

export type Severity = "none" | "maintenance" | "minor" | "major" | "critical";
const ORDER: readonly Severity[] = ["none", "maintenance", "minor", "major", "critical"];
export const worse = (a: Severity, b: Severity): Severity => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a);

export const COMPONENT_SEVERITY: Record<ComponentStatus, Severity> = {
  operational: "none", under_maintenance: "maintenance", degraded_performance: "minor", partial_outage: "major", major_outage: "critical",
};
const STATUS_WORDS: Record<ComponentStatus, string> = {
  operational: "operational", under_maintenance: "under maintenance", degraded_performance: "degraded performance",
  partial_outage: "partial outage", major_outage: "major outage",
};
const impactSeverity = (impact: string): Severity => (ORDER.includes(impact as Severity) ? impact as Severity : "minor");

export interface Member { entry: ServiceEntry; svc: FixtureService }

/** One upstream URL and the catalog services whose state it shows (AWS and Cognito share one). */
export interface Route { format: SourceFormat; host: string; path: string; members: Member[] }

export interface Item {
  id: string;
  name: string;
  /** investigating | identified | monitoring | resolved | postmortem (in_progress for maintenance). */
  status: string;
  severity: Severity;
  open: boolean;
  createdAt: Date;
  updatedAt: Date;
  resolvedAt: Date | null;
  /** Affected component names, labelled for the member's filter; may be empty. */
  components: string[];
  /** Newest first. */
  updates: { status: string; body: string; at: Date }[];
  member: Member;
}

/** The service that owns a shared URL (the unfiltered one): its name titles the page. */
export const owner = (route: Route): Member => route.members.find((m) => !m.entry.source.filter?.match) ?? route.members[0]!;

/**
 * A component name as the member's own items must spell it: behind a filtered, shared source
 * ("cognito" on AWS) a name the filter would miss is prefixed with the service's name.
 */
export function labelFor(entry: ServiceEntry, name: string): string {
  const match = entry.source.filter?.match;
  return !match || new RegExp(match, "i").test(name) ? name : `${entry.name} ${name}`;
}

/** The components an item is about, else the member's first (AWS, Azure, Google always name one). */
export const scopeOf = (item: Item): string[] =>
  item.components.length ? item.components : [labelFor(item.member.entry, [...item.member.svc.components.keys()][0] ?? item.member.entry.name)];

/** All members' components, labelled, with their status. */
export function componentsOf(route: Route): { name: string; status: ComponentStatus; member: Member }[] {
  return route.members.flatMap((member) => [...member.svc.components].map(([name, status]) => ({ name: labelFor(member.entry, name), status, member })));
}

/** Real incidents (open and resolved), plus synthetic open items for broken components no open incident covers. */
export function itemsOf(route: Route, opts: { synthesize?: boolean } = {}): Item[] {
  const shared = route.members.length > 1;
  const items: Item[] = [];
  for (const member of route.members) {
    const { svc, entry } = member;
    const covered = new Set<string>();
    for (const i of svc.incidents) {
      const open = i.resolvedAt === null;
      if (open) i.components.forEach((c) => covered.add(c));
      const severity = open ? i.components.reduce<Severity>((s, c) => worse(s, COMPONENT_SEVERITY[svc.components.get(c) ?? "operational"]), impactSeverity(i.impact)) : impactSeverity(i.impact);
      items.push({
        id: shared ? `${svc.slug}-${i.id}` : i.id, name: i.name, status: i.status, severity, open,
        createdAt: i.createdAt, updatedAt: i.updates[0]?.at ?? i.createdAt, resolvedAt: i.resolvedAt,
        components: i.components.map((c) => labelFor(entry, c)), updates: i.updates.map((u) => ({ ...u, body: u.body || i.name })), member,
      });
    }
    if (!opts.synthesize) continue;
    for (const [name, status] of svc.components) {
      if (status === "operational" || covered.has(name)) continue;
      const label = labelFor(entry, name);
      const at = svc.changedAt.get(name) ?? svc.updatedAt;
      const word = status === "under_maintenance" ? "in_progress" : "investigating";
      items.push({
        id: `${svc.slug}-${slugify(name)}`, name: `${label}: ${STATUS_WORDS[status]}`, status: word, severity: COMPONENT_SEVERITY[status], open: true,
        createdAt: at, updatedAt: at, resolvedAt: null, components: [label], updates: [{ status: word, body: `${label} is seeing ${STATUS_WORDS[status]}.`, at }], member,
      });
    }
  }
  return items.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Worst severity of the route's components and open items. */
export function routeSeverity(route: Route, items: Item[]): Severity {
  const fromComponents = componentsOf(route).reduce<Severity>((s, c) => worse(s, COMPONENT_SEVERITY[c.status]), "none");
  return items.filter((i) => i.open).reduce((s, i) => worse(s, i.severity), fromComponents);
}

export const latestAt = (route: Route): Date => new Date(Math.max(...route.members.map((m) => m.svc.updatedAt.getTime())));

export const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
/** A stable id of the upstream's own style (digits, hex …) derived from a name. */
export function stableId(seed: string, length: number, alphabet = "0123456789"): string {
  const hash = createHash("sha256").update(seed).digest();
  return Array.from({ length }, (_, k) => alphabet[hash[k % hash.length]! % alphabet.length]).join("");
}

/** Update bodies are plain text in scenarios; upstreams that carry HTML get paragraphs. */
export const paragraph = (text: string) => `<p>${escapeXml(text)}</p>`;

/** What a renderer hands the server: the data (faults may rewrite it) and how it goes on the wire. */
export interface Payload {
  contentType: string;
  data: unknown;
  encode(data: unknown): string | Buffer;
  /** The same kind of document without the fields its readers require (the missing_fields fault). */
  missing: unknown;
  /** A syntactically broken body of this format (the invalid_json fault); JSON's by default. */
  invalid?: string | Buffer;
}

export function jsonPayload(data: unknown, missing: unknown = {}, contentType = "application/json; charset=utf-8"): Payload {
  return { contentType, data, encode: (d) => JSON.stringify(d), missing };
}
