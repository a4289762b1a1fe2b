import type { SourceFilter, SourceFormat } from "../catalog/types";
import type { UpstreamResponse } from "../http/fetch-upstream";
import { parseAws } from "./aws";
import { parseBetterstack } from "./betterstack";
import { parseFeed } from "./feed";
import { parseGoogle } from "./google";
import { parseIncidentio } from "./incidentio";
import { parseInstatus } from "./instatus";
import { ParseError, type NormalizedStatus } from "./model";
import { parseOkta } from "./okta";
import { parseReachability } from "./reachability";
import { parseSlack } from "./slack";
import { parseStatuspage } from "./statuspage";
import { parseStatusio } from "./statusio";
import { parseStripe } from "./stripe";
import { stripBom } from "./text";

export { detectFormat } from "./detect";

/** What a parser may need beyond the payload. */
export interface ParseContext {
  /** The poll time: feeds and archives decide "still open" relative to it. */
  now: Date;
  filter?: SourceFilter;
  /** Expected page name, to reject decoy pages. */
  pageName?: string;
  /** The URL that was polled: resolves relative links (Google's `uri`). */
  sourceUrl?: string;
}

/**
 * Every format module turns a fetched response into the normalised model, or throws ParseError
 * with a one-line reason. Parsers are pure: no I/O, no clock but ctx.now.
 */
export type Parser = (res: UpstreamResponse, ctx: ParseContext) => NormalizedStatus;

/** Parses JSON, refusing the HTML pages some hosts serve with 200 on every path. */
export function parseJsonBody(res: UpstreamResponse): unknown {
  const body = stripBom(res.body);
  const head = body.trimStart().slice(0, 64).toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /text\/html/.test(res.contentType)) {
    throw new ParseError("got an HTML page where JSON was expected");
  }
  try {
    return JSON.parse(body);
  } catch (err) {
    throw new ParseError(`invalid JSON: ${(err as Error).message}`);
  }
}

/** Every format, in SOURCE_FORMATS order. JSON formats share parseJsonBody's HTML and syntax checks. */
export const parsers: Record<SourceFormat, Parser> = {
  statuspage: (res, ctx) => parseStatuspage(parseJsonBody(res), ctx),
  incidentio: (res, ctx) => parseIncidentio(parseJsonBody(res), ctx),
  instatus: (res, ctx) => parseInstatus(parseJsonBody(res), ctx),
  betterstack: (res, ctx) => parseBetterstack(parseJsonBody(res), ctx),
  statusio: (res, ctx) => parseStatusio(parseJsonBody(res), ctx),
  google: (res, ctx) => parseGoogle(parseJsonBody(res), ctx),
  slack: (res, ctx) => parseSlack(parseJsonBody(res), ctx),
  okta: (res, ctx) => parseOkta(res.body, ctx),
  stripe: (res, ctx) => parseStripe(parseJsonBody(res), ctx),
  // AWS serves UTF-16 JSON, sometimes labelled as something else: it reads the raw text itself.
  aws: (res, ctx) => parseAws(res.body, ctx),
  feed: (res, ctx) => parseFeed(res.body, ctx),
  reachability: (res) => parseReachability(res),
};

export function parserFor(format: SourceFormat): Parser {
  const parser = Object.hasOwn(parsers, format) ? parsers[format] : undefined;
  if (!parser) throw new ParseError(`the ${format} format is not readable yet`);
  return parser;
}
