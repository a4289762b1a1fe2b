import type { SourceFilter, SourceFormat } from "../catalog/types";
import type { UpstreamResponse } from "../http/fetch-upstream";
import { ParseError, type NormalizedStatus } from "./model";
import { parseStatuspage } from "./statuspage";

/** What a parser may need beyond the payload. */
export interface ParseContext {
  /** The poll time: feeds and archives decide "still open" relative to it. */
  now: Date;
  filter?: SourceFilter;
  /** Expected page name, to reject decoy pages. */
  pageName?: string;
}

/**
 * Every format module turns a fetched response into the normalised model, or throws ParseError
 * with a one-line reason. Parsers are pure: no I/O, no clock but ctx.now.
 */
export type Parser = (res: UpstreamResponse, ctx: ParseContext) => NormalizedStatus;

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
  statuspage: (res, ctx) => parseStatuspage(parseJsonBody(res), ctx),
};

export function parserFor(format: SourceFormat): Parser {
  const parser = parsers[format];
  if (!parser) throw new ParseError(`the ${format} format is not readable yet`);
  return parser;
}
