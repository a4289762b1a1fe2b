import { z } from "zod";
import { ParseError, worstState, type NormalizedComponent, type NormalizedStatus, type State } from "./model";
import type { ParseContext } from "./index";
import { compileMatch, describeIncidents, latest, looseDate, lookup, newestFirst, validate } from "./schema";
import { htmlToText, stripBom } from "./text";

// AWS Health currentevents: a JSON array, served as UTF-16 with a byte-order mark. Empty means
// all clear. An event with status 0 has ended; it stays listed for a while and is reported as
// resolved, but only events with status 1–3 count towards the state.

const STATUS: Record<string, State> = { "0": "operational", "1": "degraded", "2": "partial_outage", "3": "major_outage" };
const WORD: Record<string, string> = { "0": "resolved", "1": "informational", "2": "degraded", "3": "disruption" };
const code = z.union([z.number(), z.string()]).nullish().transform((c) => (c === null || c === undefined ? "" : String(c).trim()));

const eventSchema = z.object({
  arn: z.string(), date: looseDate, region_name: z.string().nullish(), service: z.string().nullish(), service_name: z.string().nullish(),
  status: code, summary: z.string().nullish(),
  event_log: z.array(z.object({ summary: z.string().nullish(), message: z.string().nullish(), status: code, timestamp: looseDate }))
    .nullish().transform((l) => l ?? []),
});

export function parseAws(text: string, ctx: ParseContext): NormalizedStatus {
  const body = stripBom(text).trim();
  if (body.startsWith("<")) throw new ParseError("got an HTML/XML page where the AWS events JSON was expected");
  let json: unknown;
  try {
    json = body === "" ? [] : JSON.parse(body);
  } catch (err) {
    throw new ParseError(`invalid JSON: ${(err as Error).message}`);
  }
  const all = validate(z.array(eventSchema), json, "an AWS currentevents list");
  const match = compileMatch(ctx.filter?.match);
  const events = all.filter((e) => !match || [e.service, e.service_name].some((t) => t && match.test(t)));
  const incidents = events.map((e) => {
    const updates = newestFirst(e.event_log.map((l) => ({
      status: Object.hasOwn(WORD, l.status) ? WORD[l.status]! : l.status || "update",
      body: htmlToText(l.message ?? l.summary ?? ""), at: l.timestamp ?? e.date ?? ctx.now,
    })));
    const resolved = e.status === "0";
    return {
      upstreamId: e.arn, name: e.summary?.trim() || `${e.service_name ?? e.service ?? "AWS"} event`,
      status: Object.hasOwn(WORD, e.status) ? WORD[e.status]! : e.status || "unknown",
      impact: lookup(STATUS, e.status), startedAt: e.date ?? updates.at(-1)?.at ?? ctx.now,
      resolvedAt: resolved ? updates[0]?.at ?? ctx.now : null, url: null,
      componentIds: e.service ? [e.service] : [], updates,
    };
  });
  const open = incidents.filter((i) => i.resolvedAt === null);
  // Service keys carry the region ("cognito-us-east-1"), so each is its own component.
  const byService = new Map<string, NormalizedComponent>();
  for (const e of events) {
    if (!e.service) continue;
    const state = worstState([byService.get(e.service)?.state ?? "operational", ...open.filter((i) => i.upstreamId === e.arn).map((i) => i.impact)]);
    byService.set(e.service, { upstreamId: e.service, name: e.service_name ?? e.service, group: e.region_name ?? null, state });
  }
  const overall = worstState(open.map((i) => i.impact));
  const description = describeIncidents(open.map((i) => i.name), overall);
  const sourceUpdatedAt = latest(incidents.flatMap((i) => [i.startedAt, ...i.updates.map((u) => u.at)]));
  return { overall, description, components: [...byService.values()], incidents, maintenances: [], sourceUpdatedAt };
}
