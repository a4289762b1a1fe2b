import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { findService, resolveSlug, services } from "@/lib/catalog/services";
import { getGuide } from "@/lib/guides";
import { siteUrl } from "@/lib/env/server";
import { cachedServiceList, cachedServicePage } from "@/lib/status/cached";
import { STATE_ANSWER, STATE_LABEL } from "@/lib/status/labels";
import { serviceJsonLd } from "@/lib/seo/json-ld";
import { ServiceSections } from "./sections";

// One page per catalog entry, cached and expired by the poller through cache tags when the
// service's data changes. The build cannot read the embedded database (it belongs to the server
// process), so built pages are empty shells that the server expires at start. Unknown slugs are
// a plain 404 (dynamicParams false: Next renders notFound() from a fallback page client-side only);
// other spellings are redirected by proxy.ts.
export const revalidate = 300;
export const dynamicParams = false;
export function generateStaticParams() {
  return services.map((s) => ({ slug: s.slug }));
}

type Props = { params: Promise<{ slug: string }> };

async function load(slugParam: string) {
  const match = resolveSlug(decodeURIComponent(slugParam));
  if (!match) notFound();
  if (!match.canonical) permanentRedirect(`/status/${match.slug}`);
  const entry = findService(match.slug)!;
  return { entry, data: await cachedServicePage(match.slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const match = resolveSlug(decodeURIComponent((await params).slug));
  // Thrown here too, before anything streams, so the 404 page is rendered as HTML.
  if (!match) notFound();
  const entry = findService(match.slug)!;
  const data = await cachedServicePage(match.slug);
  const state = data?.status.verdict.state ?? "unknown";
  const title = `Is ${entry.name} Down? Live ${entry.name} Status & Outages`;
  const description = `${entry.name} right now: ${STATE_LABEL[state].toLowerCase()}. Live verdict from the official status page and our own checks, 90-day uptime, incident history and a troubleshooting guide.`;
  const url = `${siteUrl()}/status/${entry.slug}`;
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url, types: { "application/rss+xml": `${url}/feed.xml`, "application/atom+xml": `${url}/feed.atom` } },
    openGraph: { title, description, url, type: "website", siteName: "StatusRadar", images: [{ url: `/api/og/${entry.slug}`, width: 1200, height: 630, alt: `${entry.name} status` }] },
    twitter: { card: "summary_large_image", title, description, images: [`/api/og/${entry.slug}`] },
  };
}

export default async function ServicePage({ params }: Props) {
  const { entry, data } = await load((await params).slug);
  const guide = getGuide(entry.slug);
  const all = await cachedServiceList();
  const state = data?.status.verdict.state ?? "unknown";
  return (
    <article>
      <nav aria-label="Breadcrumb" className="crumbs"><a href="/">All services</a> › <span aria-current="page">{entry.name}</span></nav>
      <h1>Is {entry.name} down?</h1>
      <p className="sr-only">{STATE_ANSWER[state]}.</p>
      <ServiceSections entry={entry} data={data} guide={guide} all={all} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serviceJsonLd(entry, guide, data?.status.verdict.changedAt ?? null) }} />
    </article>
  );
}
