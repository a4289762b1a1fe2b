// GET /status/<slug>: the canonical service page. It is a route handler rather than a page so that
// it ships no React runtime (the service page's JavaScript budget is 100 KB gzipped; an App Router
// page alone loads ~135 KB): the markup is rendered with the same React components, once per
// cache fill, and the only script is the live verdict's few lines.
//
// Static and tagged like the pages: every slug is generated at build and expired by the poller
// through the cache tags of the reads below. The build cannot read the embedded database (it
// belongs to the server process), so built entries are empty shells that the server expires at
// start. Unknown slugs are a 404 (dynamicParams false); other spellings are redirected by proxy.ts.
import { findService, services } from "@/lib/catalog/services";
import { getGuide } from "@/lib/guides";
import { serviceHead } from "@/lib/seo/service-head";
import { serviceJsonLd } from "@/lib/seo/json-ld";
import { cachedServiceList, cachedServicePage } from "@/lib/status/cached";
import { STATE_ANSWER } from "@/lib/status/labels";
import { liveVerdictScript } from "@/app/_components/inline-scripts";
import { htmlResponse, renderStaticDocument } from "@/app/_components/StaticDocument";
import { ServiceSections } from "./sections";

export const dynamic = "force-static";
export const revalidate = 300;
export const dynamicParams = false;
export function generateStaticParams() {
  return services.map((s) => ({ slug: s.slug }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const entry = findService((await params).slug);
  if (!entry) return new Response("Not found", { status: 404 }); // unreachable with dynamicParams false
  const [data, all] = await Promise.all([cachedServicePage(entry.slug), cachedServiceList()]);
  const guide = getGuide(entry.slug);
  const state = data?.status.verdict.state ?? "unknown";
  const html = await renderStaticDocument(
    serviceHead(entry, state),
    <article>
      <nav aria-label="Breadcrumb" className="crumbs"><a href="/">All services</a> › <span aria-current="page">{entry.name}</span></nav>
      <h1>Is {entry.name} down?</h1>
      <p className="sr-only">{STATE_ANSWER[state]}.</p>
      <ServiceSections entry={entry} data={data} guide={guide} all={all} now={new Date()} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serviceJsonLd(entry, guide, data?.status.verdict.changedAt ?? null) }} />
    </article>,
    liveVerdictScript(),
  );
  return htmlResponse(html);
}
