import { describe, expect, it } from "vitest";
import { parseGoogle } from "@/lib/sources/google";
import { ParseError } from "@/lib/sources/model";
import { ctx, json } from "./load";

const GMAIL = "NL7wfDpKThu8ue1cLk2f";
const CHAT = "jY2wTn7RmB4vL9cQ1kXs";
const base = "https://www.google.com/appsstatus/dashboard/incidents.json";

describe("Google incidents.json archive", () => {
  const s = parseGoogle(json("google-workspace-incidents.json"), ctx({ sourceUrl: base }));

  it("reports only incidents without an end (absent or empty string)", () => {
    expect(s.incidents.map((i) => i.upstreamId)).toEqual(["kR4vTq9ZmW2xB7nY1cLp", "pQ8sLm3NbV6cX0zA5dFg"]);
    expect(s.overall).toBe("partial_outage");
    expect(s.description).toBe("2 open incidents");
  });

  it("maps status_impact to the incident impact", () => {
    expect(s.incidents.map((i) => i.impact)).toEqual(["partial_outage", "degraded"]);
  });

  it("names the incident from its Markdown description and keeps updates as Markdown, newest first", () => {
    const gmail = s.incidents[0]!;
    expect(gmail.name).toBe("Gmail users may experience delays sending and receiving email");
    expect(gmail.updates.map((u) => u.at.toISOString())).toEqual(["2026-07-23T17:10:00.000Z", "2026-07-23T16:04:00.000Z"]);
    expect(gmail.updates[0]!.body).toContain("**Workaround:**");
    expect(gmail.startedAt.toISOString()).toBe("2026-07-23T15:52:00.000Z");
  });

  it("resolves the incident uri against the polled URL", () => {
    expect(s.incidents[0]!.url).toBe("https://www.google.com/appsstatus/dashboard/incidents/kR4vTq9ZmW2xB7nY1cLp");
    expect(parseGoogle(json("google-workspace-incidents.json"), ctx()).incidents[0]!.url).toBeNull();
  });

  it("lists the affected products as components", () => {
    expect(s.components.map((c) => [c.upstreamId, c.name, c.state])).toEqual([[GMAIL, "Gmail", "partial_outage"], [CHAT, "Google Chat", "degraded"]]);
  });

  it("keeps only incidents touching the filtered product ids", () => {
    const chat = parseGoogle(json("google-workspace-incidents.json"), ctx({ filter: { productIds: [CHAT] } }));
    expect(chat.overall).toBe("degraded");
    expect(chat.incidents.map((i) => i.upstreamId)).toEqual(["pQ8sLm3NbV6cX0zA5dFg"]);
    expect(chat.components).toEqual([{ upstreamId: CHAT, name: "Google Chat", group: null, state: "degraded" }]);
  });

  it("shows a filtered product without an open incident as operational, named from the archive", () => {
    const calendar = parseGoogle(json("google-workspace-incidents.json"), ctx({ filter: { productIds: ["Wc3xLp9TnQ2vR5mB8kYd"] } }));
    expect(calendar.overall).toBe("operational");
    expect(calendar.components).toEqual([{ upstreamId: "Wc3xLp9TnQ2vR5mB8kYd", name: "Google Calendar", group: null, state: "operational" }]);
  });

  it("is operational for an all-closed archive and for an empty one", () => {
    const fb = parseGoogle(json("google-firebase-closed.json"), ctx());
    expect(fb).toMatchObject({ overall: "operational", incidents: [], components: [] });
    expect(fb.sourceUpdatedAt?.toISOString()).toBe("2026-07-18T10:07:41.000Z");
    expect(parseGoogle([], ctx()).overall).toBe("operational");
  });

  it("falls back to severity when status_impact is new, and to unknown when both are", () => {
    const open = { id: "x", begin: "2026-07-23T10:00:00Z", affected_products: [] };
    expect(parseGoogle([{ ...open, status_impact: "SERVICE_WOBBLE", severity: "high" }], ctx()).overall).toBe("major_outage");
    expect(parseGoogle([{ ...open, status_impact: "SERVICE_WOBBLE", severity: "extreme" }], ctx()).overall).toBe("unknown");
  });

  it("rejects something that is not an array of incidents", () => {
    expect(() => parseGoogle({ incidents: [] }, ctx())).toThrow(ParseError);
    expect(() => parseGoogle([{ begin: "x" }], ctx())).toThrow(/^not a Google incidents.json archive: 0.id/);
  });
});
