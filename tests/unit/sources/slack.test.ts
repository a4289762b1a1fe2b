import { describe, expect, it } from "vitest";
import { ParseError } from "@/lib/sources/model";
import { parseSlack } from "@/lib/sources/slack";
import { ctx, json } from "./load";

describe("Slack current status", () => {
  const s = parseSlack(json("slack-current-incident.json"), ctx());

  it("maps outage → major_outage, incident → partial_outage, service-less notice → operational", () => {
    expect(s.incidents.map((i) => [i.upstreamId, i.impact])).toEqual([["1579", "partial_outage"], ["1580", "major_outage"], ["1575", "operational"]]);
    expect(s.overall).toBe("major_outage");
  });

  it("makes the affected services the components, at the worst impact on each", () => {
    expect(s.components.map((c) => [c.name, c.state])).toEqual([["Messaging", "partial_outage"], ["Connectivity", "partial_outage"], ["Huddles", "major_outage"]]);
  });

  it("turns HTML notes into a text timeline, newest first", () => {
    const i = s.incidents[0]!;
    expect(i.updates.map((u) => u.body)).toEqual([
      "We’ve identified the cause & are deploying a fix.\nThanks for your patience.",
      "Some users on free plans may see messages fail to send. We're looking into it.",
    ]);
    expect(i.startedAt.toISOString()).toBe("2026-07-23T16:17:42.000Z");
    expect(i.url).toBe("https://slack-status.com/2026-07/6c28e3b1a9f04d2c");
  });

  it("rates a notice that names services as degraded", () => {
    const notice = { id: 1, title: "Slow search", type: "notice", status: "active", services: ["Search"], notes: [] };
    expect(parseSlack({ status: "active", active_incidents: [notice] }, ctx()).overall).toBe("degraded");
  });

  it("is operational when the status is ok", () => {
    expect(parseSlack(json("slack-current-ok.json"), ctx())).toMatchObject({ overall: "operational", incidents: [], components: [] });
  });

  it("never reads an unknown type or page status as operational", () => {
    const odd = { id: 2, title: "Something", type: "kerfuffle", status: "active", services: ["Calls"], notes: [] };
    expect(parseSlack({ status: "active", active_incidents: [odd] }, ctx()).overall).toBe("unknown");
    expect(parseSlack({ status: "active", active_incidents: [] }, ctx()).overall).toBe("unknown");
    expect(parseSlack({ status: "broken", active_incidents: [] }, ctx()).overall).toBe("unknown");
  });

  it("keeps only items matching filter.match", () => {
    const huddles = parseSlack(json("slack-current-incident.json"), ctx({ filter: { match: "huddle" } }));
    expect(huddles.incidents.map((i) => i.upstreamId)).toEqual(["1580"]);
    const none = parseSlack(json("slack-current-incident.json"), ctx({ filter: { match: "^Workflow" } }));
    expect(none.overall).toBe("operational");
  });

  it("rejects a document without a status", () => {
    expect(() => parseSlack({ active_incidents: [] }, ctx())).toThrow(ParseError);
  });
});
