import { describe, expect, it } from "vitest";
import { ParseError } from "@/lib/sources/model";
import { parseStripe } from "@/lib/sources/stripe";
import { ctx, json } from "./load";

describe("Stripe /current", () => {
  const s = parseStripe(json("stripe-current-degraded.json"), ctx());

  it("maps largestatus and keeps the message as the description", () => {
    expect(s.overall).toBe("degraded");
    expect(s.description).toBe("Elevated error rates on webhooks delivery");
  });

  it("turns the statuses map into named components; an unknown value is unknown", () => {
    expect(s.components.map((c) => [c.upstreamId, c.name, c.state])).toEqual([
      ["api", "API", "operational"], ["dashboard", "Dashboard", "operational"], ["stripejs", "Stripe.js", "operational"],
      ["checkoutjs", "Checkout.js", "operational"], ["webhooks", "Webhooks", "degraded"], ["emails", "Emails", "major_outage"],
      ["radar", "radar", "unknown"],
    ]);
  });

  it("reads the year-less time relative to the poll time", () => {
    expect(s.sourceUpdatedAt?.toISOString()).toBe("2026-07-23T16:40:00.000Z");
    const newYear = parseStripe({ largestatus: "up", time: "December 31, 23:00 +0:00" }, ctx({ now: new Date("2027-01-01T01:00:00Z") }));
    expect(newYear.sourceUpdatedAt?.toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("is operational when everything is up", () => {
    const up = parseStripe(json("stripe-current-up.json"), ctx());
    expect(up.overall).toBe("operational");
    expect(up.components.every((c) => c.state === "operational")).toBe(true);
    expect(up.incidents).toEqual([]);
  });

  it("falls back to the worst product, at least unknown, for a new largestatus", () => {
    expect(parseStripe({ largestatus: "sideways", statuses: { api: "down" } }, ctx()).overall).toBe("major_outage");
    expect(parseStripe({ largestatus: "sideways", statuses: { api: "up" } }, ctx()).overall).toBe("unknown");
  });

  it("rejects a document without largestatus", () => {
    expect(() => parseStripe({ message: "hi" }, ctx())).toThrow(ParseError);
    expect(() => parseStripe({ message: "hi" }, ctx())).toThrow(/largestatus/);
  });
});
