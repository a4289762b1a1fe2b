import { describe, expect, it } from "vitest";
import { parseAws } from "@/lib/sources/aws";
import { ParseError } from "@/lib/sources/model";
import { ctx, fixture } from "./load";

describe("AWS currentevents", () => {
  const body = fixture("aws-currentevents-incident.json");
  const s = parseAws(body, ctx());

  it("reads UTF-16 text that still starts with its byte-order mark", () => {
    expect(body.charCodeAt(0)).toBe(0xfeff);
    expect(s.incidents).toHaveLength(3);
  });

  it("maps status 1..3 and counts only open events towards the state", () => {
    expect(s.incidents.map((i) => [i.upstreamId.split("/")[1], i.impact, i.resolvedAt === null])).toEqual([
      ["COGNITO", "partial_outage", true],
      ["EC2", "degraded", true],
      ["LAMBDA", "operational", false],
    ]);
    expect(s.overall).toBe("partial_outage");
  });

  it("reads epoch seconds given as strings or numbers, and builds the timeline newest first", () => {
    const cognito = s.incidents[0]!;
    expect(cognito.startedAt.toISOString()).toBe("2026-07-23T16:00:00.000Z");
    expect(cognito.updates.map((u) => u.at.toISOString())).toEqual(["2026-07-23T16:30:00.000Z", "2026-07-23T16:00:00.000Z"]);
    expect(s.incidents[2]!.resolvedAt?.toISOString()).toBe("2026-07-23T10:36:40.000Z");
  });

  it("makes each regional service a component", () => {
    expect(s.components.map((c) => [c.upstreamId, c.group, c.state])).toEqual([
      ["cognito-us-east-1", "N. Virginia", "partial_outage"],
      ["ec2-eu-west-1", "Ireland", "degraded"],
      ["lambda-us-west-2", "Oregon", "operational"],
    ]);
  });

  it("keeps only events whose service matches filter.match", () => {
    const cognito = parseAws(body, ctx({ filter: { match: "cognito" } }));
    expect(cognito.incidents.map((i) => i.componentIds[0])).toEqual(["cognito-us-east-1"]);
    expect(parseAws(body, ctx({ filter: { match: "^Amazon S3$" } })).overall).toBe("operational");
  });

  it("reads an empty list (with BOM) as all clear", () => {
    const empty = parseAws(fixture("aws-currentevents-empty.json"), ctx());
    expect(empty).toMatchObject({ overall: "operational", incidents: [], components: [] });
  });

  it("tolerates UTF-16 decoded byte by byte (NULs between characters)", () => {
    const mangled = "\u00ff\u00fe" + [..."[]"].map((c) => `${c}\u0000`).join("");
    expect(parseAws(mangled, ctx()).overall).toBe("operational");
  });

  it("reads an unknown status code as unknown", () => {
    const odd = JSON.stringify([{ arn: "a", date: 1784822400, service: "s3-us-east-1", status: 7 }]);
    expect(parseAws(odd, ctx()).overall).toBe("unknown");
  });

  it("refuses HTML and an object where the list belongs", () => {
    expect(() => parseAws("<!DOCTYPE html><html></html>", ctx())).toThrow(ParseError);
    expect(() => parseAws('{"events":[]}', ctx())).toThrow(/^not an AWS currentevents list/);
  });
});
