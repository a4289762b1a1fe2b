import type { ServiceEntry } from "../catalog/types";
import { siteUrl } from "../env/server";
import type { State } from "../sources/model";
import { STATE_LABEL } from "../status/labels";

/** Title, description, canonical URL, feeds and share image of a service page. */
export function serviceHead(entry: ServiceEntry, state: State) {
  const url = `${siteUrl()}/status/${entry.slug}`;
  return {
    title: `Is ${entry.name} Down? Live ${entry.name} Status & Outages`,
    description: `${entry.name} right now: ${STATE_LABEL[state].toLowerCase()}. Live verdict from the official status page and our own checks, 90-day uptime, incident history and a troubleshooting guide.`,
    canonical: url,
    feeds: { rss: `${url}/feed.xml`, atom: `${url}/feed.atom` },
    image: { url: `${siteUrl()}/api/og/${entry.slug}`, width: 1200, height: 630, alt: `${entry.name} status` },
  };
}
