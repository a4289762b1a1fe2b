import { worstState, type NormalizedIncident, type NormalizedMaintenance, type NormalizedStatus, type State } from "./model";
import type { ParseContext } from "./index";
import { readFeed, type FeedEntry } from "./feed-entries";
import { MAINTENANCE_WORDS, cleanTitle, impactOf, lifecycleOf, splitHistory } from "./feed-lifecycle";
import { RECENT_MS, compileMatch, describeIncidents, latest, newestFirst } from "./schema";

// RSS / Atom status feeds are logs of updates, not current state. Entries are folded by
// guid/id (else link, else title); the newest entry of a group decides whether the incident is
// still open. A group whose newest entry is over a week old counts only if it says it is open.
// Recently resolved incidents are reported with resolvedAt set; they do not affect the state.

const time = (e: FeedEntry) => e.at?.getTime() ?? -Infinity;

function fold(entries: FeedEntry[]): Map<string, FeedEntry[]> {
  const groups = new Map<string, FeedEntry[]>();
  for (const e of entries) {
    const g = groups.get(e.key);
    if (g) g.push(e);
    else groups.set(e.key, [e]);
  }
  return groups;
}

export function parseFeed(body: string, ctx: ParseContext): NormalizedStatus {
  const doc = readFeed(body);
  const match = compileMatch(ctx.filter?.match);
  const matches = (e: FeedEntry) => !match || match.test(e.title) || e.categories.some((c) => match.test(c)) || match.test(e.text);
  const incidents: NormalizedIncident[] = [], maintenances: NormalizedMaintenance[] = [];
  for (const [key, group] of fold(doc.entries)) {
    if (!group.some(matches)) continue;
    group.sort((a, b) => time(b) - time(a));
    const newest = group[0]!;
    const life = lifecycleOf(newest);
    const explicitlyOpen = life.word !== null && !life.closed;
    // Undated entries have no age: only an explicit open word makes them current.
    const age = newest.at ? ctx.now.getTime() - newest.at.getTime() : Infinity;
    if (!explicitlyOpen && age > RECENT_MS) continue;
    const at = newest.at ?? ctx.now;
    const phase = life.word && Object.hasOwn(MAINTENANCE_WORDS, life.word) ? MAINTENANCE_WORDS[life.word]! : null;
    if (phase) {
      if (phase !== "completed") maintenances.push({ upstreamId: key, name: cleanTitle(newest.title), status: phase, scheduledFor: null, scheduledUntil: null, url: newest.link });
      continue;
    }
    const history = group.length === 1 ? splitHistory(newest.text, at) : null;
    const updates = newestFirst(history ?? group.map((e) => ({ status: lifecycleOf(e).word ?? "update", body: e.text, at: e.at ?? at })));
    incidents.push({
      upstreamId: key,
      name: cleanTitle(newest.title) || key,
      status: life.word ?? "open",
      impact: impactOf(newest.title, newest.text),
      startedAt: updates[updates.length - 1]?.at ?? at,
      resolvedAt: life.closed ? at : null,
      url: newest.link,
      componentIds: [],
      updates,
    });
  }
  const open = incidents.filter((i) => i.resolvedAt === null);
  const overall = worstState([...open.map((i) => i.impact), ...maintenances.filter((m) => m.status === "in_progress").map((): State => "maintenance")]);
  const description = describeIncidents(open.map((i) => i.name), overall);
  return { overall, description, components: [], incidents, maintenances, sourceUpdatedAt: doc.updatedAt ?? latest(doc.entries.map((e) => e.at)) };
}
