import { z } from "zod";
import { parseLooseDate } from "./dates";
import { ParseError, type State } from "./model";

// Small pieces every format module shares: lenient zod leaves, one-line validation errors,
// safe vocabulary lookups and the wording of synthesised descriptions.

/** Any date-ish value (ISO, RFC 822, epoch, JS date string); unreadable becomes null, never a failure. */
export const looseDate = z.unknown().optional().transform((v) => parseLooseDate(v));
/** Ids arrive as strings or numbers depending on the upstream. */
export const idLike = z.union([z.string(), z.number()]).transform(String);
/** Optional free text: null and absent both read as "". */
export const optText = z.string().nullish().transform((s) => s ?? "");

/** Validates with a schema, or throws ParseError naming the first problem in one line. */
export function validate<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : "root";
  throw new ParseError(`not ${what}: ${where} ${issue?.message ?? "is invalid"}`.replace(/\s+/g, " "));
}

/** Vocabulary lookup that cannot hit Object.prototype ("constructor") and says `unknown` for new words. */
export function lookup(map: Readonly<Record<string, State>>, key: unknown): State {
  return typeof key === "string" && Object.hasOwn(map, key) ? map[key]! : "unknown";
}

export const STATE_TEXT: Record<State, string> = {
  operational: "All systems operational",
  maintenance: "Maintenance in progress",
  degraded: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  unknown: "Status unknown",
};

/** A page description built from open incident names: at most three, then a count. */
export function describeIncidents(names: string[], overall: State): string {
  if (names.length === 0) return STATE_TEXT[overall];
  const shown = names.slice(0, 3).join("; ");
  return names.length > 3 ? `${shown} (+${names.length - 3} more)` : shown;
}

/** The latest of some dates, or null; a loop rather than Math.max(...) so long lists are safe. */
export function latest(dates: Iterable<Date | null | undefined>): Date | null {
  let best: Date | null = null;
  for (const d of dates) if (d && (!best || d.getTime() > best.getTime())) best = d;
  return best;
}

/** How long a log-style source (feed, Okta) keeps a finished or silent item in view. */
export const RECENT_MS = 7 * 24 * 3600 * 1000;

export function newestFirst<T extends { at: Date }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** A maintenance window's phase at `now`, for upstreams that give only the window. */
export function windowStatus(start: Date | null, end: Date | null, now: Date): "scheduled" | "in_progress" | "completed" {
  if (end && end.getTime() <= now.getTime()) return "completed";
  if (start && start.getTime() > now.getTime()) return "scheduled";
  return start ? "in_progress" : "scheduled";
}

/** The catalog's `filter.match` as a case-insensitive regex; a broken pattern is reported, not thrown raw. */
export function compileMatch(pattern: string | undefined): RegExp | null {
  if (!pattern) return null;
  try {
    return new RegExp(pattern, "i");
  } catch (err) {
    throw new ParseError(`invalid filter.match pattern: ${(err as Error).message}`);
  }
}
