import type { SourceFormat } from "../catalog/types";
import type { UpstreamResponse } from "../http/fetch-upstream";
import { ParseError, type NormalizedStatus } from "./model";
import { parseStatuspage } from "./statuspage";

/** Every format module turns a fetched response into the normalised model, or throws ParseError. */
export type Parser = (res: UpstreamResponse) => NormalizedStatus;

/** Parses JSON, refusing the HTML pages some hosts serve with 200 on every path. */
export function parseJsonBody(res: UpstreamResponse): unknown {
  const head = res.body.trimStart().slice(0, 64).toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /text\/html/.test(res.contentType)) {
    throw new ParseError("got an HTML page where JSON was expected");
  }
  try {
    return JSON.parse(res.body);
  } catch (err) {
    throw new ParseError(`invalid JSON: ${(err as Error).message}`);
  }
}

export const parsers: Partial<Record<SourceFormat, Parser>> = {
  statuspage: (res) => parseStatuspage(parseJsonBody(res)),
};

export function parserFor(format: SourceFormat): Parser {
  const parser = parsers[format];
  if (!parser) throw new ParseError(`the ${format} format is not readable yet`);
  return parser;
}
