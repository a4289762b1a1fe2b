import { findService } from "../catalog/services";
import { siteUrl } from "../env/server";
import { cachedRecentChanges, cachedRecentIncidents } from "../status/cached";
import { feedEntries, toAtom, toRss } from "./build-feed";

/** The global feed (slug undefined) or one service's, as RSS 2.0 or Atom. */
export async function feedResponse(kind: "rss" | "atom", slug?: string): Promise<Response> {
  const site = siteUrl();
  const entry = slug ? findService(slug) : undefined;
  if (slug && !entry) return new Response("unknown service", { status: 404 });
  const [incidents, changes] = await Promise.all([cachedRecentIncidents(50, slug), cachedRecentChanges(50, slug)]);
  const entries = feedEntries(site, incidents, changes);
  const base = slug ? `${site}/status/${slug}` : site;
  const title = entry ? `${entry.name} status — StatusRadar` : "StatusRadar — incidents and status changes";
  const self = `${base}/feed.${kind === "rss" ? "xml" : "atom"}`;
  const body = kind === "rss"
    ? toRss({ title, self, link: `${base}/`, description: entry ? `Incidents and status changes for ${entry.name}` : "Incidents and status changes across every service we watch" }, entries)
    : toAtom({ title, self, link: `${base}/`, updated: new Date(0).toISOString() }, entries);
  return new Response(body, { headers: { "content-type": kind === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=60" } });
}
