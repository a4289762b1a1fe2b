// One lenient date reader for every upstream. Deterministic on purpose: no Date.parse fallback,
// whose non-ISO behaviour depends on the engine and the machine's time zone.
// Times without a zone are read as UTC.

const MONTHS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };
/** Minutes east of UTC for the zone names that show up in RFC 822 dates. */
const ZONES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?$/i;
const OFFSET = /^(?:gmt|utc|ut)?([+-])(\d{1,2}):?(\d{2})?$/i;
/** RFC 822 as feeds write it ("Thu, 23 Jul 2026 16:29:09 Z"): a fast path, feeds can hold thousands. */
const RFC822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+(\S+))?$/i;

export interface LooseDateOptions {
  /** Lets a date without a year ("July 21, 4:00 +0:00") take the year that puts it nearest to now. */
  now?: Date;
}

/** ISO 8601 with or without offset, RFC 822, epoch seconds or ms, JS `Date#toString()` output. */
export function parseLooseDate(value: unknown, opts: LooseDateOptions = {}): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === "number") return fromEpoch(value);
  if (typeof value !== "string") return null;
  const s = value.trim();
  if (!s) return null;
  if (/^\d+(\.\d+)?$/.test(s)) return fromEpoch(Number(s));
  return parseIso(s.replace(/^(\d{4})\/(\d{1,2})\/(\d{1,2})/, "$1-$2-$3")) ?? parseRfc822(s) ?? parseTextual(s, opts.now);
}

function parseRfc822(s: string): Date | null {
  const m = RFC822.exec(s);
  const month = m && m[2]!.toLowerCase();
  if (!m || !month || !Object.hasOwn(MONTHS, month)) return null;
  const offset = m[7] ? zoneOffset(m[7]) : 0;
  if (offset === null) return null;
  return build(Number(m[3]), MONTHS[month]!, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), 0, offset);
}

function fromEpoch(n: number): Date | null {
  // Below 1e8 is not a plausible status timestamp (1973); 1e11 splits seconds from milliseconds.
  if (!Number.isFinite(n) || n < 1e8) return null;
  return new Date(n < 1e11 ? n * 1000 : n);
}

function zoneOffset(token: string): number | null {
  const lower = token.toLowerCase();
  if (Object.hasOwn(ZONES, lower)) return ZONES[lower]!;
  const m = OFFSET.exec(token);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

function build(y: number, mo: number, d: number, h: number, mi: number, sec: number, ms: number, offset: number): Date | null {
  const t = Date.UTC(y, mo, d, h, mi, sec, ms);
  const check = new Date(t);
  // Reject overflow such as 31 February or 25:00 instead of silently rolling over.
  if (check.getUTCMonth() !== mo || check.getUTCDate() !== d || h > 23 || mi > 59 || sec > 60) return null;
  return new Date(t - offset * 60_000);
}

function parseIso(s: string): Date | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const offset = m[8] ? zoneOffset(m[8]) : 0;
  if (offset === null) return null;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  return build(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms, offset);
}

function parseTextual(s: string, now?: Date): Date | null {
  let year: number | undefined, month: number | undefined, day: number | undefined;
  let h = 0, mi = 0, sec = 0, meridiem: string | undefined, offset = 0;
  // Drop the "(Coordinated Universal Time)" tail of JS date strings and the commas of RFC 822.
  for (const token of s.replace(/\([^)]*\)/g, " ").replace(/,/g, " ").split(/\s+/).filter(Boolean)) {
    const lower = token.toLowerCase().replace(/\.$/, "");
    let m: RegExpExecArray | null;
    if ((m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/.exec(token))) {
      [h, mi, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    } else if (/^\d{4}$/.test(token)) year = Number(token);
    else if ((m = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(token)) && day === undefined) day = Number(m[1]);
    else if (lower === "am" || lower === "pm") meridiem = lower;
    else if (/^[a-z]+$/.test(lower) && lower.length >= 3 && Object.hasOwn(MONTHS, lower.slice(0, 3))) {
      month = MONTHS[lower.slice(0, 3)];
    } else if (zoneOffset(token) !== null) offset = zoneOffset(token)!;
    else if (/\d/.test(token)) return null; // a number we cannot place: refuse rather than guess
  }
  if (month === undefined || day === undefined) return null;
  if (meridiem) h = (h % 12) + (meridiem === "pm" ? 12 : 0);
  if (year !== undefined) return build(year, month, day, h, mi, sec, 0, offset);
  if (!now) return null;
  // A year-less date is the candidate nearest to now (handles December dates read in January).
  const candidates = [-1, 0, 1].map((k) => build(now.getUTCFullYear() + k, month, day, h, mi, sec, 0, offset)).filter((d): d is Date => d !== null);
  candidates.sort((a, b) => Math.abs(a.getTime() - now.getTime()) - Math.abs(b.getTime() - now.getTime()));
  return candidates[0] ?? null;
}
