import { itemsOf, latestAt, owner, scopeOf, stableId, type Item, type Payload, type Route, type Severity } from "./fixture-items";
import { escapeXml } from "../sources/text";

// Status feeds, in the two styles our catalog reads:
//  - Azure-style RSS 2.0 (Azure, Entra ID, Microsoft 365): one <item> per update, sharing the
//    incident's guid, titled "Service - Region - Status"; a healthy feed is an empty channel.
//    Severity is only prose, so the impact statement says it in words the feed parser knows.
//  - Statuspage-style Atom history (history.atom, Heroku, PayPal): one <entry> per incident whose
//    HTML content holds every update, newest first, as "<date> <Status> - <body>".

const CHANNEL_TITLES: Record<string, string> = { "rssfeed.azure.status.microsoft": "Azure Status" };
/** Hosts whose feed is Atom though the path does not say so. */
const ATOM_HOSTS = new Set(["status.heroku.com"]);
const REGION = "East US";
/** How long a mitigated item stays in the Azure feed before the channel is empty again. */
const MITIGATED_LISTED_MS = 3600_000;
const AZURE_WORD: Record<string, string> = {
  investigating: "Investigating", identified: "Active", monitoring: "Active", resolved: "Mitigated", postmortem: "Mitigated", in_progress: "In progress",
};
const IMPACT: Record<Severity, (s: string) => string> = {
  none: (s) => `customers may experience intermittent issues with ${s}`,
  maintenance: (s) => `${s} is undergoing planned maintenance`,
  minor: (s) => `customers may experience degraded performance with ${s}`,
  major: (s) => `customers may experience errors and failures when using ${s}`,
  critical: (s) => `${s} is unavailable for customers: a major outage`,
};
const AREA: Record<string, string> = { "identity-provider": "Identity", cloud: "Compute", productivity: "Microsoft 365" };
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, " ");
/** "Thu, 23 Jul 2026 16:29:09 Z", as Azure writes pubDate. */
const rfc822 = (d: Date) => d.toUTCString().replace(/GMT$/, "Z");
const cdata = (html: string) => `<![CDATA[${html.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;

export const isAtom = (route: Route) => /atom/i.test(route.path) || ATOM_HOSTS.has(route.host);

function rssItems(route: Route, i: Item): string[] {
  const guid = `${stableId(`${route.host}/${i.id}`, 4, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")}-${stableId(i.id, 3, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")}`;
  const services = scopeOf(i).join(", ");
  const started = `${i.createdAt.toISOString().slice(11, 16)} UTC on ${i.createdAt.getUTCDate()} ${MONTHS[i.createdAt.getUTCMonth()]} ${i.createdAt.getUTCFullYear()}`;
  const area = AREA[i.member.entry.category] ?? "Services";
  return i.updates.map((u) => {
    const word = AZURE_WORD[u.status] ?? capital(u.status);
    const prefix = i.severity === "maintenance" ? "Planned maintenance: " : "";
    const html = `<p><strong>Impact Statement:</strong> Starting at ${started}, ${escapeXml(IMPACT[i.severity](services))} in ${REGION}.</p>`
      + `<p><strong>${escapeXml(i.name)}</strong></p><p><strong>Current Status:</strong> ${escapeXml(u.body)}</p>`;
    return `    <item>
      <guid isPermaLink="false">${guid}</guid>
      <link>${escapeXml(`${owner(route).entry.statusPageUrl.replace(/\/?$/, "/")}#${guid}`)}</link>
      <category>${escapeXml(area)}</category>
      <category>${REGION}</category>
      <title>${escapeXml(`${prefix}${services} - ${REGION} - ${word}`)}</title>
      <description>${cdata(html)}</description>
      <pubDate>${rfc822(u.at)}</pubDate>
      <a10:updated>${u.at.toISOString().replace(/\.\d{3}Z$/, "Z")}</a10:updated>
    </item>`;
  });
}

function rss(route: Route, items: Item[], now: Date): string {
  const page = owner(route);
  const title = CHANNEL_TITLES[route.host] ?? `${page.svc.name} Status`;
  const listed = items.filter((i) => i.open || now.getTime() - i.resolvedAt!.getTime() < MITIGATED_LISTED_MS);
  return `<?xml version="1.0" encoding="utf-8"?>
<rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0">
  <channel xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
    <title>${escapeXml(title)}</title>
    <link>${escapeXml(page.entry.statusPageUrl.replace(/\/?$/, "/"))}</link>
    <description>${escapeXml(title)}</description>
    <language>en-US</language>
    <lastBuildDate>${rfc822(latestAt(route))}</lastBuildDate>
    <a10:link rel="self" type="application/rss+xml" href="${escapeXml(`https://${route.host}${route.path}`)}" />
${listed.flatMap((i) => rssItems(route, i)).join("\n")}
  </channel>
</rss>
`.replace("\n\n  </channel>", "\n  </channel>");
}

/** Statuspage's history block: "Jul 23, 17:05 UTC" then "<Status> - body", newest first. */
function historyHtml(i: Item): string {
  return i.updates.map((u) => {
    const d = u.at;
    const when = `${MONTHS[d.getUTCMonth()]} <var data-var='date'>${d.getUTCDate()}</var>, <var data-var='time'>${d.toISOString().slice(11, 16)}</var> UTC`;
    return `<p><small>${when}</small><br><strong>${capital(u.status)}</strong> - ${escapeXml(u.body)}</p>`;
  }).join("");
}

function atom(route: Route, items: Item[], selfPath: string): string {
  const name = owner(route).svc.name;
  const entries = items.slice(0, 25).map((i) => `  <entry>
    <id>tag:${route.host},2005:Incident/${stableId(`${route.host}/${i.id}`, 8).replace(/^0/, "2")}</id>
    <published>${i.createdAt.toISOString()}</published>
    <updated>${i.updatedAt.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="https://${route.host}/incidents/${stableId(i.id, 12, "0123456789abcdefghijklmnopqrstuvwxyz")}"/>
    <title>${escapeXml(i.name)}</title>
    <content type="html">${escapeXml(historyHtml(i))}</content>
  </entry>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom">
  <id>tag:${route.host},2005:/history</id>
  <link rel="alternate" type="text/html" href="https://${route.host}"/>
  <link rel="self" type="application/atom+xml" href="https://${route.host}${selfPath}"/>
  <title>${escapeXml(name)} Status - Incident History</title>
  <updated>${latestAt(route).toISOString()}</updated>
  <author>
    <name>${escapeXml(name)}</name>
  </author>
${entries.join("\n")}
</feed>
`;
}

/** A feed document; `atomHistory` serves a Statuspage host's /history.atom from the same state. */
export function renderFeed(route: Route, path: string, now: Date, atomHistory = false): Payload | undefined {
  if (path !== route.path && !atomHistory) return undefined;
  // Feed-only upstreams say a component is broken through an item; Statuspage history lists incidents only.
  const items = itemsOf(route, { synthesize: route.format === "feed" });
  const asAtom = atomHistory || isAtom(route);
  const data = { items };
  return {
    contentType: asAtom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8",
    data, missing: { items: [], bare: true },
    encode: (d) => {
      const x = d as { items?: Item[]; bare?: boolean };
      // A channel whose items lack title, guid and date: what a half-migrated feed looks like.
      if (x.bare) return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><item><description>Update</description></item></channel></rss>\n`;
      return asAtom ? atom(route, x.items ?? [], path) : rss(route, x.items ?? [], now);
    },
    invalid: `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Status</title><item><title>cut`,
  };
}
