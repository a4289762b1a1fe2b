import { describe, expect, it } from "vitest";
import { parseLooseDate } from "@/lib/sources/dates";

const iso = (v: unknown, now?: Date) => parseLooseDate(v, { now })?.toISOString() ?? null;

describe("parseLooseDate", () => {
  it("reads ISO 8601 with any offset style, or none (UTC)", () => {
    expect(iso("2026-07-16T13:51:04.105-07:00")).toBe("2026-07-16T20:51:04.105Z");
    expect(iso("2024-01-15T10:00:00.000+0000")).toBe("2024-01-15T10:00:00.000Z");
    expect(iso("2026-07-23 16:29:09 UTC")).toBe("2026-07-23T16:29:09.000Z");
    expect(iso("2026-07-23T16:29:09")).toBe("2026-07-23T16:29:09.000Z");
    expect(iso("2026-07-23")).toBe("2026-07-23T00:00:00.000Z");
    expect(iso("2026/07/23 10:00")).toBe("2026-07-23T10:00:00.000Z");
  });

  it("reads RFC 822 dates, including the Azure 'Z' zone and named US zones", () => {
    expect(iso("Thu, 23 Jul 2026 16:29:09 Z")).toBe("2026-07-23T16:29:09.000Z");
    expect(iso("Mon, 20 Jul 2026 09:30:00 +0000")).toBe("2026-07-20T09:30:00.000Z");
    expect(iso("Thu, 23 Jul 2026 09:29:09 PDT")).toBe("2026-07-23T16:29:09.000Z");
    expect(iso("23 Jul 2026 16:29 GMT")).toBe("2026-07-23T16:29:00.000Z");
  });

  it("reads the JavaScript Date#toString form Instatus emits", () => {
    expect(iso("Sat Jun 11 2022 18:55:50 GMT+0000 (Coordinated Universal Time)")).toBe("2022-06-11T18:55:50.000Z");
    expect(iso("Sat Jun 11 2022 20:55:50 GMT+0200 (Central European Summer Time)")).toBe("2022-06-11T18:55:50.000Z");
  });

  it("reads epoch seconds and milliseconds, as numbers or strings", () => {
    expect(iso(1784822400)).toBe("2026-07-23T16:00:00.000Z");
    expect(iso("1784822400")).toBe("2026-07-23T16:00:00.000Z");
    expect(iso(1784822400123)).toBe("2026-07-23T16:00:00.123Z");
  });

  it("places a year-less date in the year nearest to now, and refuses it without now", () => {
    const now = new Date("2026-07-23T18:00:00Z");
    expect(iso("July 21, 4:00 +0:00", now)).toBe("2026-07-21T04:00:00.000Z");
    expect(iso("Jul 21, 9:00 pm UTC", now)).toBe("2026-07-21T21:00:00.000Z");
    expect(iso("Dec 31, 23:00 UTC", new Date("2027-01-01T01:00:00Z"))).toBe("2026-12-31T23:00:00.000Z");
    expect(iso("July 21, 4:00 +0:00")).toBeNull();
  });

  it("returns null for empty, nonsense and impossible dates instead of guessing", () => {
    for (const v of [null, undefined, "", "   ", "soon", "yesterday at noon", "2026-02-31T00:00:00Z", "2026-07-23T25:00:00Z", "31 Foo 2026", 12, {}, "Jul 23 2026 17:05 +99:99x"]) {
      expect(iso(v)).toBeNull();
    }
  });

  it("passes valid Date objects through and rejects invalid ones", () => {
    const d = new Date("2026-07-23T00:00:00Z");
    expect(parseLooseDate(d)).toBe(d);
    expect(parseLooseDate(new Date("nope"))).toBeNull();
  });
});
