import { describe, expect, it } from "vitest";
import { parseJsonBody, parserFor } from "@/lib/sources";
import { ParseError } from "@/lib/sources/model";
import { parseStatuspage } from "@/lib/sources/statuspage";
import { ctx, json, res } from "./load";

const payload = json("statuspage-workos-incident.json") as Record<string, unknown>;

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

  it("keeps incidents with impact and their update timeline, newest first", () => {
    expect(s.incidents).toHaveLength(1);
    const i = s.incidents[0]!;
    expect(i).toMatchObject({ upstreamId: "jdtgb0rjswsj", status: "identified", impact: "major_outage", componentIds: ["c-sso"], resolvedAt: null });
    expect(i.startedAt.toISOString()).toBe("2026-07-16T20:51:04.105Z");
    expect(i.updates.map((u) => u.status)).toEqual(["identified", "investigating"]);
  });

  it("orders updates newest first even when the upstream does not", () => {
    const incidents = payload.incidents as { incident_updates: unknown[] }[];
    const reversed = { ...payload, incidents: [{ ...incidents[0], incident_updates: [...incidents[0]!.incident_updates].reverse() }] };
    expect(parseStatuspage(reversed).incidents[0]!.updates.map((u) => u.status)).toEqual(["identified", "investigating"]);
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
    // Words that exist on Object.prototype are still unknown words.
    expect(parseStatuspage({ ...payload, components: [], status: { indicator: "constructor" } }).overall).toBe("unknown");
  });

  it("rejects a payload without the keys of a summary, naming what is missing", () => {
    expect(() => parseStatuspage({ page: { name: "x" } })).toThrow(ParseError);
    expect(() => parseStatuspage({ page: { name: "x" } })).toThrow(/status/);
    expect(() => parseStatuspage([])).toThrow(ParseError);
  });
});

describe("Statuspage shared pages and decoys", () => {
  it("narrows to the filtered components and recomputes the state from them", () => {
    const s = parseStatuspage(payload, { filter: { components: ["Directory Sync"] } });
    expect(s.components.map((c) => c.name)).toEqual(["Directory Sync"]);
    expect(s.overall).toBe("operational");
    expect(s.incidents).toEqual([]);
    expect(s.maintenances.map((m) => m.upstreamId)).toEqual(["m1"]);
  });

  it("keeps incidents touching a filtered component, and a group name keeps its children", () => {
    const s = parseStatuspage(payload, { filter: { components: ["authentication"] } });
    expect(s.components.map((c) => c.name)).toEqual(["SSO", "AuthKit"]);
    expect(s.overall).toBe("major_outage");
    expect(s.incidents.map((i) => i.upstreamId)).toEqual(["jdtgb0rjswsj"]);
    expect(s.maintenances).toEqual([]);
    expect(parseStatuspage(payload, { filter: { components: ["Authentication / AuthKit"] } }).overall).toBe("degraded");
  });

  it("is unknown, not operational, when no component matches the filter", () => {
    const s = parseStatuspage(payload, { filter: { components: ["Vault"] } });
    expect(s.overall).toBe("unknown");
    expect(s.description).toMatch(/Vault/);
  });

  it("rejects a page whose name is not the expected one", () => {
    expect(() => parseStatuspage(payload, { pageName: "OpenRouter" })).toThrow(/^decoy page: .*OpenRouter.*WorkOS/);
    expect(parseStatuspage(payload, { pageName: "workos" }).overall).toBe("major_outage");
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
    expect(() => parserFor("statuspage")(res(full.slice(0, full.length / 2)), ctx())).toThrow(ParseError);
  });

  it("accepts a body with a byte-order mark", () => {
    expect(parseJsonBody(res(`\uFEFF${JSON.stringify({ a: 1 })}`))).toEqual({ a: 1 });
  });

  it("parses a full response through the registry, passing the filter and page name", () => {
    expect(parserFor("statuspage")(res(JSON.stringify(payload)), ctx()).overall).toBe("major_outage");
    expect(parserFor("statuspage")(res(JSON.stringify(payload)), ctx({ filter: { components: ["Directory Sync"] } })).overall).toBe("operational");
    expect(() => parserFor("statuspage")(res(JSON.stringify(payload)), ctx({ pageName: "Okta" }))).toThrow(/decoy/);
  });
});
