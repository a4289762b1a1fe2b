import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SOURCE_FORMATS, type SourceFormat } from "@/lib/catalog/types";
import { parserFor } from "@/lib/sources";
import { ParseError, STATES, type NormalizedStatus } from "@/lib/sources/model";
import { NOW, ctx, fixture, res } from "./load";

// Whatever arrives, a parser returns a sensible result or throws ParseError with a one-line
// reason. Any other error type would abort a poll cycle with a useless message.

const JSON_FORMATS = ["statuspage", "incidentio", "instatus", "betterstack", "statusio", "google", "slack", "stripe", "aws"] as const;
const READERS = SOURCE_FORMATS.filter((f) => f !== "reachability");

function outcome(format: SourceFormat, body: string, contentType = "application/json"): NormalizedStatus | ParseError {
  try {
    const s = parserFor(format)(res(body, contentType), ctx());
    expect(STATES).toContain(s.overall);
    return s;
  } catch (err) {
    expect(err).toBeInstanceOf(ParseError);
    expect((err as Error).message).not.toMatch(/\n/);
    expect((err as Error).message.length).toBeGreaterThan(10);
    return err as ParseError;
  }
}

describe("bad input, every format", () => {
  it.each(JSON_FORMATS)("%s: invalid JSON is a ParseError naming JSON", (format) => {
    expect(outcome(format, "{\"status\": ")).toBeInstanceOf(ParseError);
    expect((outcome(format, "{not json}") as ParseError).message).toMatch(/JSON/);
  });

  it.each(READERS)("%s: an HTML error page is a ParseError", (format) => {
    const page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
    expect(outcome(format, page, "text/html")).toBeInstanceOf(ParseError);
  });

  it.each(READERS)("%s: JSON of the wrong shape is a ParseError or a non-operational result", (format) => {
    for (const body of ["null", "0", "\"ok\"", "{}", "[{}]", "{\"page\":{},\"data\":[],\"result\":1}", "[null]"]) {
      const r = outcome(format, body);
      if (!(r instanceof ParseError)) expect(body).toBe("[]");
    }
  });

  it("an empty array is read only by the formats where it means all clear", () => {
    const readers = READERS.filter((f) => !(outcome(f, "[]") instanceof ParseError));
    expect(readers.sort()).toEqual(["aws", "google"]);
  });
});

describe("truncated bodies", () => {
  const files = readdirSync("tests/fixtures/payloads");
  it.each(files)("%s cut at several points never throws anything but ParseError", (file) => {
    const format = file.split("-")[0] as SourceFormat;
    const body = fixture(file);
    for (const cut of [0.1, 0.5, 0.9, 0.99]) {
      const r = outcome(format, body.slice(0, Math.floor(body.length * cut)), file.endsWith(".html") ? "text/html" : "application/json");
      // A cut body must not be mistaken for a clean bill of health.
      if (!(r instanceof ParseError)) expect(r.overall === "operational" && file.includes("incident")).toBe(false);
    }
  });
});

describe("unknown words and missing fields", () => {
  it("maps unknown status strings to unknown, never operational", () => {
    const cases: [SourceFormat, unknown][] = [
      ["statuspage", { page: { name: "X" }, status: { indicator: "purple" } }],
      ["incidentio", { ongoing_incidents: [{ id: "1", name: "n", status: "s", current_worst_impact: "purple" }] }],
      ["instatus", { page: { status: "PURPLE" } }],
      ["betterstack", { data: { attributes: { aggregate_state: "purple" } } }],
      ["statusio", { result: { status_overall: { status_code: 150, status: "Purple" } } }],
      ["google", [{ id: "1", status_impact: "PURPLE", severity: "purple" }]],
      ["slack", { status: "purple", active_incidents: [] }],
      ["stripe", { largestatus: "purple" }],
      ["aws", [{ arn: "a", status: "9", service: "x" }]],
    ];
    for (const [format, body] of cases) expect([format, outcome(format, JSON.stringify(body))]).toMatchObject([format, { overall: "unknown" }]);
  });

  it("tolerates missing optional fields with sensible defaults", () => {
    const s = outcome("statuspage", JSON.stringify({
      page: { name: "X" }, status: { indicator: "minor" },
      incidents: [{ id: "i", name: "n", status: "investigating" }],
    })) as NormalizedStatus;
    expect(s.overall).toBe("degraded");
    expect(s.incidents[0]).toMatchObject({ impact: "unknown", url: null, componentIds: [], updates: [] });
    const slack = outcome("slack", JSON.stringify({ status: "active", active_incidents: [{ id: 1, title: "t", type: "outage" }] })) as NormalizedStatus;
    expect(slack.incidents[0]!.startedAt).toEqual(NOW);
  });

  it("reads odd timestamp formats wherever dates appear", () => {
    const s = outcome("statuspage", JSON.stringify({
      page: { name: "X", updated_at: 1784822400 }, status: { indicator: "none" },
      incidents: [{ id: "i", name: "n", status: "identified", started_at: "Thu Jul 23 2026 16:05:12 GMT+0000 (Coordinated Universal Time)",
        incident_updates: [{ status: "identified", body: "b", display_at: "Thu, 23 Jul 2026 16:29:09 Z" }, { status: "investigating", display_at: "garbage" }] }],
    })) as NormalizedStatus;
    expect(s.sourceUpdatedAt?.toISOString()).toBe("2026-07-23T16:00:00.000Z");
    expect(s.incidents[0]!.startedAt.toISOString()).toBe("2026-07-23T16:05:12.000Z");
    expect(s.incidents[0]!.updates[0]!.at.toISOString()).toBe("2026-07-23T16:29:09.000Z");
  });
});

describe("hostile markup", () => {
  it("refuses absurdly deep XML and unterminated constructs with a ParseError", () => {
    expect(outcome("feed", `<rss>${"<a>".repeat(20000)}${"</a>".repeat(20000)}</rss>`)).toBeInstanceOf(ParseError);
    expect(outcome("feed", "<rss><channel><![CDATA[never ends")).toBeInstanceOf(ParseError);
    expect(outcome("feed", "<rss><!-- never ends")).toBeInstanceOf(ParseError);
    expect(outcome("feed", '<rss><channel title="never ends')).toBeInstanceOf(ParseError);
  });

  it("refuses an Okta span whose JSON is not a list of records", () => {
    expect(outcome("okta", '<span data-id="incidents">{&quot;a&quot;:1}</span>', "text/html")).toBeInstanceOf(ParseError);
    expect(outcome("okta", '<span data-id="incidents">[{&quot;Id&quot;:{}}]</span>', "text/html")).toBeInstanceOf(ParseError);
  });
});

describe("big feeds", () => {
  it("reads a 5,000-entry Atom feed, counting only what is recent and open", () => {
    const entries = Array.from({ length: 5000 }, (_, k) => {
      const at = new Date(NOW.getTime() - k * 60_000 * 30).toISOString();
      const title = k % 3 === 0 ? `Resolved: API errors ${k}` : `API errors ${k}`;
      return `<entry><id>urn:e:${k}</id><title>${title}</title><updated>${at}</updated><content type="html">&lt;p&gt;x&lt;/p&gt;</content></entry>`;
    });
    const s = outcome("feed", `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>${entries.join("")}</feed>`, "application/atom+xml") as NormalizedStatus;
    // 7 days = 336 half-hours → entries 0..336 are recent; a third of them say resolved.
    expect(s.incidents).toHaveLength(337);
    expect(s.incidents.filter((i) => i.resolvedAt === null)).toHaveLength(224);
    expect(s.overall).toBe("partial_outage");
  });
});
