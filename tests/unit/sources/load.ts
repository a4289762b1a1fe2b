import { readFileSync } from "node:fs";
import type { UpstreamResponse } from "@/lib/http/fetch-upstream";
import type { ParseContext } from "@/lib/sources";

/** The poll time every fixture was written against. */
export const NOW = new Date("2026-07-23T18:00:00Z");

/** A fixture as the fetch layer would hand it over: UTF-16 files keep their BOM, like AWS's. */
export function fixture(name: string): string {
  const buf = readFileSync(`tests/fixtures/payloads/${name}`);
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(buf);
  return buf.toString("utf8");
}

export const json = (name: string): unknown => JSON.parse(fixture(name));

export const res = (body: string, contentType = "application/json", status = 200): UpstreamResponse => ({
  status, contentType, body, headers: new Headers(),
});

export const ctx = (extra: Partial<ParseContext> = {}): ParseContext => ({ now: NOW, ...extra });
