import type { FeedItem, StateChange } from "../status/service-history";
import { STATE_LABEL } from "../status/labels";
import type { State } from "../sources/model";
import { escapeXml } from "../sources/text";

export interface FeedEntry { id: string; title: string; link: string; updated: string; summary: string }

/** Incidents and verdict changes merged into one list of entries, newest first. */
export function feedEntries(site: string, incidents: FeedItem[], changes: StateChange[], limit = 50): FeedEntry[] {
  const a = incidents.map((i) => ({
    id: `${site}/status/${i.serviceSlug}/incidents/${encodeURIComponent(i.id)}#${i.updatedAt}`,
    title: `${i.serviceName}: ${i.name} (${i.status})`,
    link: `${site}/status/${i.serviceSlug}/incidents/${encodeURIComponent(i.id)}`,
    updated: i.updatedAt,
    summary: i.latest || `${i.serviceName} incident ${i.status}.`,
  }));
  const b = changes.map((c) => ({
    id: `${site}/status/${c.serviceSlug}#state-${c.at}`,
    title: `${c.serviceName} is now ${STATE_LABEL[c.state as State]?.toLowerCase() ?? c.state}`,
    link: `${site}/status/${c.serviceSlug}`,
    updated: c.at,
    summary: c.reason,
  }));
  return [...a, ...b].sort((x, y) => y.updated.localeCompare(x.updated)).slice(0, limit);
}

export function toAtom(opts: { title: string; self: string; link: string; updated: string }, entries: FeedEntry[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${escapeXml(opts.title)}</title>
<id>${escapeXml(opts.self)}</id>
<link rel="self" href="${escapeXml(opts.self)}"/>
<link rel="alternate" href="${escapeXml(opts.link)}"/>
<updated>${entries[0]?.updated ?? opts.updated}</updated>
${entries.map((e) => `<entry><id>${escapeXml(e.id)}</id><title>${escapeXml(e.title)}</title><link href="${escapeXml(e.link)}"/><updated>${e.updated}</updated><summary>${escapeXml(e.summary)}</summary></entry>`).join("\n")}
</feed>
`;
}

export function toRss(opts: { title: string; self: string; link: string; description: string }, entries: FeedEntry[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(opts.title)}</title>
<link>${escapeXml(opts.link)}</link>
<description>${escapeXml(opts.description)}</description>
<atom:link href="${escapeXml(opts.self)}" rel="self" type="application/rss+xml"/>
${entries.map((e) => `<item><title>${escapeXml(e.title)}</title><link>${escapeXml(e.link)}</link><guid isPermaLink="false">${escapeXml(e.id)}</guid><pubDate>${new Date(e.updated).toUTCString()}</pubDate><description>${escapeXml(e.summary)}</description></item>`).join("\n")}
</channel>
</rss>
`;
}
