import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SOURCE_FORMATS } from "@/lib/catalog/types";
import { detectFormat, parserFor } from "@/lib/sources";
import { ctx, fixture, res } from "./load";

// Every fixture is named <format>-….; detection must agree with the name, and the detected
// parser must read the payload.
const files = readdirSync("tests/fixtures/payloads").sort();

describe("detectFormat over every fixture", () => {
  it("has fixtures for every readable format but the reachability fallback", () => {
    const covered = new Set(files.map((f) => f.split("-")[0]));
    expect(SOURCE_FORMATS.filter((f) => f !== "reachability" && !covered.has(f))).toEqual([]);
  });

  it.each(files)("%s", (file) => {
    const expected = file.split("-")[0];
    const body = fixture(file);
    const format = detectFormat(res(body));
    expect(format).toBe(expected);
    const contentType = file.endsWith(".html") ? "text/html" : file.endsWith(".xml") ? "application/rss+xml" : "application/json";
    expect(() => parserFor(format!)(res(body, contentType), ctx())).not.toThrow();
  });
});

describe("detectFormat on other content", () => {
  it("returns null for an HTML page, invalid JSON, or an unknown shape", () => {
    expect(detectFormat(res("<!DOCTYPE html><html><body>Status</body></html>"))).toBeNull();
    expect(detectFormat(res("{\"page\":"))).toBeNull();
    expect(detectFormat(res("{\"hello\":\"world\"}"))).toBeNull();
    expect(detectFormat(res("[1,2,3]"))).toBeNull();
    expect(detectFormat(res("42"))).toBeNull();
  });

  it("reads an empty JSON array as AWS's all-clear", () => {
    expect(detectFormat(res("[]"))).toBe("aws");
    expect(detectFormat(res("\uFEFF[ ]"))).toBe("aws");
  });

  it("tells an Instatus summary served at /api/v2/summary.json from a Statuspage one", () => {
    expect(detectFormat(res(JSON.stringify({ page: { name: "Airtop", status: "UP" } })))).toBe("instatus");
    expect(detectFormat(res(JSON.stringify({ page: { name: "x" }, status: { indicator: "none" } })))).toBe("statuspage");
  });

  it("recognises an Atom feed after an XML declaration and comments", () => {
    expect(detectFormat(res('<?xml version="1.0"?>\n<!-- hi -->\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>'))).toBe("feed");
  });
});
