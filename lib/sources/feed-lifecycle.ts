import { parseLooseDate } from "./dates";
import type { NormalizedIncidentUpdate, State } from "./model";
import type { FeedEntry } from "./feed-entries";

// Feeds carry no status fields, only prose. These rules read the lifecycle word an entry states
// (title tag, Azure's last title clause, "Status: X", Statuspage's "Word - body" history) and
// guess a severity from keywords when the entry is open.

const WORDS = "resolved|completed|postmortem|closed|mitigated|restored|recovered|investigating|identified|monitoring|update|in progress|verifying|active|ongoing|scheduled";
/** Words that end an incident. Azure's "Mitigated" is its resolved state. */
const CLOSED = new Set(["resolved", "completed", "postmortem", "closed", "mitigated", "restored", "recovered"]);
export const MAINTENANCE_WORDS: Record<string, "scheduled" | "in_progress" | "completed"> = {
  scheduled: "scheduled", "in progress": "in_progress", verifying: "in_progress", completed: "completed",
};

const TITLE_TAG = new RegExp(`^\\s*\\[(${WORDS})\\]|^\\s*(${WORDS})\\s*[:\\-–]`, "i");
const LAST_CLAUSE = new RegExp(`^(${WORDS})$`, "i");
const STATUS_FIELD = new RegExp(`\\bstatus:\\s*(${WORDS})\\b`, "i");
/** Statuspage history lines: "Resolved - This incident has been resolved." (newest first). */
const HISTORY_LINE = new RegExp(`^\\s*(${WORDS})\\s+-\\s+(.*)$`, "i");

export interface Lifecycle {
  /** The lifecycle word, lower-case, or null when the entry states none. */
  word: string | null;
  closed: boolean;
}

const norm = (w: string) => w.toLowerCase().replace(/[\s_]+/g, " ");

export function lifecycleOf(e: FeedEntry): Lifecycle {
  const fromTitle = TITLE_TAG.exec(e.title);
  const clauses = e.title.split(" - ");
  const last = clauses.length >= 2 ? LAST_CLAUSE.exec(clauses[clauses.length - 1]!.trim()) : null;
  const field = STATUS_FIELD.exec(e.text);
  const history = HISTORY_LINE.exec(e.text.split("\n").find((l) => HISTORY_LINE.test(l)) ?? "");
  const leading = /^\s*\[?resolved\b|\[resolved\]/i.test(e.text) ? "resolved" : null;
  const raw = fromTitle?.[1] ?? fromTitle?.[2] ?? last?.[1] ?? field?.[1] ?? history?.[1] ?? leading;
  const word = raw ? norm(raw) : null;
  return { word, closed: word !== null && CLOSED.has(word) };
}

const TRAILING_WORD = new RegExp(`\\s+-\\s+(${WORDS})\\s*$`, "i");
const LEADING_WORD = new RegExp(`^\\s*(\\[[^\\]]{1,40}\\]|(${WORDS})\\s*[:\\-–])\\s*`, "i");

/** Strips lifecycle tags: "[RESOLVED] Login errors" and "Entra ID - West US - Active" lose the word. */
export function cleanTitle(title: string): string {
  return title.replace(LEADING_WORD, "").replace(TRAILING_WORD, "").trim() || title;
}

const MAJOR = /\b(major|complete|full|total)\s+outage\b|\bunavailable\b|\bis down\b|\bnot (available|accessible)\b|\bdown for all\b/i;
const PARTIAL = /\boutage\b|\bdisruption\b|\bfail(ing|ures?|ed)?\b|\berrors?\b|\bunable\b|\bcannot\b|\bcan't\b/i;
const DEGRADED = /\bdegrad|\bslow|\blatenc|\bdelay|\belevated\b|\bintermittent|\bperformance\b/i;
const MAINTENANCE = /\bmaintenance\b/i;

/**
 * Severity of an open entry, from its title first, then the start of its body. An open entry we
 * cannot classify is `degraded`: the upstream says something is going on, so never operational.
 */
export function impactOf(title: string, text: string): State {
  for (const s of [title, text.slice(0, 400)]) {
    if (MAINTENANCE.test(s)) return "maintenance";
    if (MAJOR.test(s)) return "major_outage";
    if (PARTIAL.test(s)) return "partial_outage";
    if (DEGRADED.test(s)) return "degraded";
  }
  return "degraded";
}

/**
 * Statuspage's Atom puts a whole incident in one entry: "<date>\n<Word> - <body>" blocks,
 * newest first. Returns them as updates, or null when the text is not shaped like that.
 */
export function splitHistory(text: string, entryAt: Date): NormalizedIncidentUpdate[] | null {
  const lines = text.split("\n");
  const updates: NormalizedIncidentUpdate[] = [];
  for (let k = 0; k < lines.length; k++) {
    const m = HISTORY_LINE.exec(lines[k]!);
    if (m) {
      // The date line above has no year; the entry's own date anchors it.
      const at = k > 0 ? parseLooseDate(lines[k - 1], { now: entryAt }) : null;
      updates.push({ status: norm(m[1]!), body: m[2]!.trim(), at: at ?? entryAt });
    } else if (updates.length && !HISTORY_LINE.test(lines[k + 1] ?? "")) {
      updates[updates.length - 1]!.body += `\n${lines[k]}`;
    }
  }
  return updates.length ? updates : null;
}
