import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseJsonBody, parserFor } from "@/lib/sources";
import { ParseError } from "@/lib/sources/model";
import { parseStatuspage } from "@/lib/sources/statuspage";

const payload = JSON.parse(readFileSync("tests/fixtures/payloads/statuspage-workos-incident.json", "utf8"));
const res = (body: string, contentType = "application/json") => ({ status: 200, contentType, body, headers: new Headers() });

describe("Statuspage v2 summary", () => {
  const s = parseStatuspage(payload);

  it("maps the page indicator to the overall state", () => {
    expect(s.overall).toBe("major_outage");
    expect(s.description).toBe("Major System Outage");
    expect(s.sourceUpdatedAt?.toISOString()).toBe("2026-07-16T20:58:41.224Z");
  });

  it("drops group headers and names each component's group", () => {
    expect(s.components.map((c) => c.name)).toEqual(["SSO", "AuthKit", "Directory Sync", "Admin Portal"]);
    expect(s.components[0]).toMatchObject({ upstreamId: "c-sso", group: "Authentication", state: "major_outage" });
    expect(s.components[1]!.state).toBe("degraded");
  });

  it("reads an unknown component status as unknown instead of failing", () => {
    expect(s.components[3]!.state).toBe("unknown");
  });

  it("keeps incidents with impact and their update timeline", () => {
    expect(s.incidents).toHaveLength(1);
    const i = s.incidents[0]!;
    expect(i).toMatchObject({ upstreamId: "jdtgb0rjswsj", status: "identified", impact: "major_outage", componentIds: ["c-sso"], resolvedAt: null });
    expect(i.startedAt.toISOString()).toBe("2026-07-16T20:51:04.105Z");
    expect(i.updates.map((u) => u.status)).toEqual(["identified", "investigating"]);
  });

  it("keeps scheduled maintenance with its window", () => {
    expect(s.maintenances[0]).toMatchObject({ upstreamId: "m1", status: "scheduled" });
    expect(s.maintenances[0]!.scheduledFor?.toISOString()).toBe("2026-07-20T09:00:00.000Z");
  });

  it("falls back to the worst component, at least unknown, when the indicator is new to us", () => {
    const odd = parseStatuspage({ ...payload, status: { indicator: "catastrophic", description: "?" } });
    expect(odd.overall).toBe("major_outage");
    const calm = parseStatuspage({ ...payload, components: [], status: { indicator: "catastrophic", description: "?" } });
    expect(calm.overall).toBe("unknown");
  });

  it("rejects a payload without the keys of a summary, naming what is missing", () => {
    expect(() => parseStatuspage({ page: { name: "x" } })).toThrow(ParseError);
    expect(() => parseStatuspage({ page: { name: "x" } })).toThrow(/status/);
    expect(() => parseStatuspage([])).toThrow(ParseError);
  });
});

describe("JSON bodies", () => {
  it("refuses an HTML page served with 200 where JSON was expected", () => {
    expect(() => parseJsonBody(res("<!DOCTYPE html><html><body>Status</body></html>", "text/html"))).toThrow(/HTML page/);
    expect(() => parseJsonBody(res("<html>", "application/json"))).toThrow(/HTML page/);
  });

  it("reports invalid and truncated JSON as parse errors", () => {
    expect(() => parseJsonBody(res("{\"page\":"))).toThrow(/invalid JSON/);
    const full = JSON.stringify(payload);
    expect(() => parserFor("statuspage")(res(full.slice(0, full.length / 2)), { now: new Date() })).toThrow(ParseError);
  });

  it("parses a full response through the registry", () => {
    expect(parserFor("statuspage")(res(JSON.stringify(payload)), { now: new Date() }).overall).toBe("major_outage");
  });
});
